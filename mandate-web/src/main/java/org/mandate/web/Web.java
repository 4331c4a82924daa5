package org.mandate.web;

import io.javalin.config.JavalinConfig;
import org.mandate.server.http.RouteGroup;
import org.mandate.server.http.Wiring;
import org.mandate.web.acts.ActsPage;
import org.mandate.web.body.BodyPages;
import org.mandate.web.credit.CreditPages;
import org.mandate.web.plan.PlanPages;
import org.mandate.web.federation.FederationPage;
import org.mandate.web.home.HomePage;
import org.mandate.web.proposal.ProposalPages;
import org.mandate.web.council.CouncilPage;
import org.mandate.web.member.MemberPage;
import org.mandate.web.petition.PetitionPage;
import org.mandate.web.record.RecordPage;
import org.mandate.web.session.SessionPages;
import org.mandate.web.site.Site;

/**
 * The pages, as one group of routes beside the API's: {@code Server.start(…, List.of(Web.routes()))}.
 * Every page reads the read model only; every form submits one of the core's commands.
 */
public final class Web implements RouteGroup {
    private Web() {}

    public static RouteGroup routes() {
        return new Web();
    }

    @Override
    public void register(JavalinConfig config, Wiring wiring) {
        Site site = new Site(wiring);
        config.routes.before(ctx -> org.mandate.web.site.Visitors.gate(ctx, site));
        site.assets().register(config);
        new SessionPages(site).register(config);
        new HomePage(site).register(config);
        new BodyPages(site).register(config);
        new ProposalPages(site).register(config);
        new CouncilPage(site).register(config);
        new MemberPage(site).register(config);
        new PetitionPage(site).register(config);
        new RecordPage(site).register(config);
        new ActsPage(site).register(config);
        new FederationPage(site).register(config);
        new CreditPages(site).register(config);
        new PlanPages(site).register(config);
    }
}
