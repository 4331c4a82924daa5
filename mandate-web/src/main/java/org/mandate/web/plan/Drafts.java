package org.mandate.web.plan;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.web.body.BodyPages;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * The plan forms that put a decision to a body: each makes a draft proposal carrying one of the core's
 * plan motions under the body's next free proposal id, and sends the member to its page to publish it.
 * A body decides these like anything else, so the form never decides them itself.
 */
final class Drafts {
    private Drafts() {}

    /** What a form puts: the motion, its title and text, and (for a council) the competence it relies on, or null. */
    record Draft(String title, String text, Motion motion, String competence) {}

    /** Reads the fields into a draft, or names each bad field in {@code errors} and returns null. */
    @FunctionalInterface
    interface Parse {
        Draft parse(Map<String, List<String>> fields, Map<String, String> errors);
    }

    static void post(Site site, Context ctx, String form, BodyId body, Parse parse, Act.Reshow reshow) throws Exception {
        ProposalId proposal = site.read((state, indexes) -> BodyPages.freeId(state, indexes, body));
        Act.post(site, ctx, form, (fields, errors, member) -> {
            Draft d = parse.parse(fields, errors);
            return d == null || !errors.isEmpty() ? null
                    : new ProposalCommand.SubmitProposal(proposal, body, d.title(), d.text(), d.motion(), List.of(), d.competence());
        }, reshow, "/proposals/" + proposal.value() + "#publish");
    }

    /** The competence a council's form names, or null when none was chosen (the core then says one is needed). */
    static String competence(Map<String, List<String>> fields) {
        String c = Statements.strip(Form.first(fields, "competence"));
        return c.isEmpty() ? null : c;
    }

    /** The title as typed, or the one the form suggests when left blank. */
    static String title(Map<String, List<String>> fields, String otherwise) {
        String title = Statements.strip(Form.first(fields, "title"));
        return title.isEmpty() ? otherwise : title;
    }
}
