package org.mandate.web.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.body.Body;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.count.Apportionment;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/** A charter in words: how each kind of decision is taken, admission, terms, recall and, for a council, its own rules. */
final class Charters {
    private Charters() {}

    static List<Fact> facts(Body b, Text t) {
        Charter c = b.charter();
        List<Fact> out = new ArrayList<>();
        for (DecisionKind kind : DecisionKind.values()) {
            out.add(new Fact(t.plain("kind." + kind.name().toLowerCase(Locale.ROOT)), Words.rule(t, c.rule(kind))));
        }
        out.add(new Fact(t.plain("charter.admission"), c.admission().byVote() ? t.plain("charter.admission.vote")
                : t.plain("charter.admission.sponsors", c.admission().sponsors(), Words.duration(c.admission().objectionWindow()))));
        DelegationRules d = c.delegation();
        out.add(new Fact(t.plain("charter.term"), t.plain("charter.term.value", Words.duration(d.term()), d.maxConsecutiveTerms())));
        out.add(new Fact(t.plain("charter.breach"), t.plain("charter.breach." + d.onBreach().name().toLowerCase(Locale.ROOT))
                + (d.breachOpensRecall() ? " " + t.plain("charter.breach.recall") : "")));
        out.add(new Fact(t.plain("charter.recall"), t.plain(d.instantRecall() ? "charter.recall.instant" : "charter.recall.vote",
                Words.fraction(d.recallSignatures()))));
        out.add(new Fact(t.plain("charter.record"), t.plain(c.publicRecord() ? "charter.record.public" : "charter.record.members")));
        if (b.isCouncil()) {
            CouncilRules r = c.council();
            out.add(new Fact(t.plain("charter.weighting"), t.plain("charter.weighting." + c.weighting().name().toLowerCase(Locale.ROOT))));
            out.add(new Fact(t.plain("charter.voting"), t.plain("charter.voting." + r.voting().name().toLowerCase(Locale.ROOT))));
            out.add(new Fact(t.plain("charter.seats"), seats(r.seats(), t)));
            out.add(new Fact(t.plain("charter.referral"), t.plain("charter.referral." + r.unansweredReferral().name().toLowerCase(Locale.ROOT))));
            out.add(new Fact(t.plain("charter.annulment"), Words.duration(c.annulmentWindow())));
            out.add(new Fact(t.plain("charter.below"), t.plain("charter.below.value", Words.fraction(r.congressBodies()),
                    Words.fraction(r.referendumBodies()), Words.fraction(r.referendumMembers()))));
        }
        return out;
    }

    static String seats(Apportionment.Rule rule, Text t) {
        String limits = rule.maxPerBody() > 0 ? t.plain("seats.limits", rule.minPerBody(), rule.maxPerBody()) : t.plain("seats.min", rule.minPerBody());
        return switch (rule.method()) {
            case ONE_PER_BODY -> t.plain("seats.one");
            case PER_MEMBERS -> t.plain("seats.per", rule.membersPerSeat()) + "; " + limits;
            case DHONDT -> t.plain("seats.dhondt", rule.totalSeats()) + "; " + limits;
            case SAINTE_LAGUE -> t.plain("seats.sainte", rule.totalSeats()) + "; " + limits;
        };
    }
}
