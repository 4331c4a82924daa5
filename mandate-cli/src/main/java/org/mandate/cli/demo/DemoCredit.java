package org.mandate.cli.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.core.proposal.Motion;
import org.mandate.server.credit.DueClearings;

/**
 * The demo's mutual credit, so that the pages of accounts, invoices and clearings have something to
 * show: the North Bank federation's member assemblies grant it the competence 'mutual-credit', it adopts
 * mutual credit in hours and a limit rule, its assemblies' treasurers invoice each other around a ring
 * (with two chords, one invoice disputed and one left for the Northside bakery to answer), and the
 * clearing the federation scheduled is applied, as the server would, with the greatest set-off and a
 * settlement through the accounts. A second clearing is scheduled for four weeks later, still to come.
 */
final class DemoCredit {
    static final String COMPETENCE = "mutual-credit";

    private DemoCredit() {}

    static void run(DemoGenerator g) {
        BodyId fed = DemoGenerator.localFed(0);
        g.councilDecides(fed, "grant-" + COMPETENCE, "Grant the federation the competence '" + COMPETENCE + "'", "",
                new Motion.GrantCompetence(COMPETENCE, "Run mutual credit and clearing between the member assemblies"), null,
                b -> DemoGenerator.yes());
        g.closeRound();
        g.settle();
        g.councilDecides(fed, "credit", "Mutual credit between our co-operatives, in hours",
                "Each member assembly has an account in hours; balances always sum to zero.", new Motion.AdoptMutualCredit("hours"), COMPETENCE,
                b -> DemoGenerator.yes());
        g.closeRound();
        g.settle();
        List<BodyId> ring = g.sortedMemberBodies(fed).stream().filter(g.treasurers::containsKey).toList();
        invoices(g, fed, ring);
        Instant due = g.now.plus(Duration.ofDays(12));
        g.councilDecides(fed, "limits", "Credit limits from turnover", "A quarter of six months' turnover, from 20 to 400 hours.",
                new Motion.AdoptLimitRule(250, 6, 20, 400), COMPETENCE, b -> DemoGenerator.yes());
        g.councilDecides(fed, "clearing", "Clear our invoices, then settle through the accounts",
                "The first clearing of the federation's invoices.", new Motion.ScheduleClearing("north-bank-clearing-1", due, true), COMPETENCE,
                b -> DemoGenerator.yes());
        g.councilDecides(fed, "clearing", "Clear our invoices again four weeks later", "",
                new Motion.ScheduleClearing("north-bank-clearing-2", due.plus(Duration.ofDays(28)), false), COMPETENCE, b -> DemoGenerator.yes());
        g.closeRound();
        g.settle();
        BodyId bakery = new BodyId("northside-bakery");
        BodyId payee = ring.get(0).equals(bakery) ? ring.get(1) : ring.get(0);
        g.run(g.treasurers.get(bakery), new CreditCommand.MakePayment(fed, bakery, payee, 15, "Bread for the community kitchen", null));
        g.tick(due);
        for (ScheduledClearing c : g.state.credit().due(g.state, g.now)) {
            g.execute(null, DueClearings.command(g.state, c, g.now), null);
        }
        g.logins.put("the treasurer of the Northside Bakery Workers' Section", g.treasurers.get(bakery));
    }

    /** Each assembly owes the next around the ring, two chords cross it, one invoice is disputed and one awaits the bakery. */
    private static void invoices(DemoGenerator g, BodyId fed, List<BodyId> ring) {
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            accepted(g, fed, "north-bank-inv-" + (i + 1), ring.get((i + 1) % n), ring.get(i), 40 + 15L * i, "Goods and services, spring");
        }
        accepted(g, fed, "north-bank-inv-chord-1", ring.get(2 % n), ring.get(0), 25, "Repairs");
        accepted(g, fed, "north-bank-inv-chord-2", ring.get(1), ring.get(3 % n), 30, "Deliveries");
        BodyId bakery = new BodyId("northside-bakery");
        BodyId other = ring.get(0).equals(bakery) ? ring.get(1) : ring.get(0);
        g.run(g.treasurers.get(other), new CreditCommand.RecordInvoice(fed, "north-bank-inv-disputed", other, ring.get(2 % n), 60,
                "Cleaning, May"));
        g.run(g.treasurers.get(ring.get(2 % n)), new CreditCommand.DisputeInvoice("north-bank-inv-disputed",
                "Half of the hours were never worked; we asked for a corrected invoice."));
        g.run(g.treasurers.get(other), new CreditCommand.RecordInvoice(fed, "north-bank-inv-awaiting", other, bakery, 35,
                "Flour sacks mended"));
    }

    private static void accepted(DemoGenerator g, BodyId fed, String id, BodyId creditor, BodyId debtor, long amount, String what) {
        MemberId by = g.treasurers.get(creditor);
        g.run(by, new CreditCommand.RecordInvoice(fed, id, creditor, debtor, amount, what));
        g.run(g.treasurers.get(debtor), new CreditCommand.AcceptInvoice(id));
    }
}
