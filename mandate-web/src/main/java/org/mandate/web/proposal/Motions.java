package org.mandate.web.proposal;

import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.proposal.Motion;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/** What a motion would do if adopted, in one sentence for the proposal page. */
final class Motions {
    private Motions() {}

    static String describe(Federation state, Motion motion, Text t) {
        return switch (motion) {
            case Motion.Resolution r -> t.plain("motion.resolution");
            case Motion.Choice c -> t.plain("motion.choice");
            case Motion.Election e -> t.plain("motion.election", e.office(), e.seats());
            case Motion.AdmitMember a -> t.plain("motion.admit-member", a.member());
            case Motion.ExpelMember x -> t.plain("motion.expel-member", x.member());
            case Motion.AmendCharter a -> t.plain("motion.amend-charter");
            case Motion.FoundCouncil f -> t.plain("motion.found-council", f.name(), f.axis());
            case Motion.JoinAsFounder j -> t.plain("motion.join", name(state, j.council()));
            case Motion.ApplyToCouncil a -> t.plain("motion.apply", name(state, a.council()));
            case Motion.AdmitBody a -> t.plain("motion.admit-body", name(state, a.body()));
            case Motion.Secede s -> t.plain("motion.secede", name(state, s.council()));
            case Motion.EndAffiliation e -> t.plain("motion.end-affiliation", name(state, e.body()));
            case Motion.GrantCompetence g -> t.plain("motion.grant", g.competence(), g.description());
            case Motion.RevokeCompetence r -> t.plain("motion.revoke", r.competence());
            case Motion.Annul a -> t.plain("motion.annul", a.decision());
            case Motion.CastBodyVote c -> t.plain("motion.cast-body-vote", c.proposal(), c.ballot().words());
            case Motion.ElectDelegates d -> t.plain("motion.elect-delegates", name(state, d.council()), d.alternates());
            case Motion.FillSeat f -> t.plain("motion.fill-seat", name(state, f.council()), f.seat() + 1);
            case Motion.ElectOffice o -> t.plain("motion.elect-office", o.office(), o.seats(),
                    String.join(", ", o.permissions().stream().map(Words::phrase).toList()));
            case Motion.GiveMandate g -> t.plain("motion.give-mandate", name(state, g.council()),
                    g.item() == null ? t.plain("motion.every-item") : g.item().value(), g.instruction().describe());
            case Motion.DecideItem d -> t.plain(d.split() ? "motion.decide-item-split" : "motion.decide-item", d.item());
            case Motion.SignPetitionAsBody s -> t.plain("motion.sign-petition", s.petition());
            case Motion.Recall r -> t.plain("motion.recall", r.member(), r.council() != null
                    ? t.plain("role.seat", name(state, r.council())) : t.plain("role.office", r.office()));
            case Motion.CallReferendum c -> t.plain("motion.call-referendum", c.question());
            case Motion.Referendum r -> t.plain("motion.referendum");
            case Motion.AdoptMutualCredit a -> t.plain("motion.adopt-mutual-credit", a.unit());
            case Motion.SetCreditLimit l -> t.plain("motion.set-credit-limit", name(state, l.body()), Long.toString(l.limit()));
            case Motion.AdoptLimitRule l -> t.plain("motion.adopt-limit-rule", Integer.toString(l.permille()), Integer.toString(l.months()),
                    Long.toString(l.floor()), Long.toString(l.cap()));
            case Motion.ScheduleClearing c -> t.plain(c.settleThroughCredit() ? "motion.schedule-clearing-settle" : "motion.schedule-clearing",
                    c.clearing(), Words.when(c.when()));
            case Motion.OpenPlanPeriod o -> t.plain("motion.open-plan-period", o.plan(), o.from(), o.to(), o.goods().size(),
                    Words.when(o.balanceAt()));
            case Motion.ProposePlanQuantities q -> t.plain("motion.propose-plan-quantities", q.plan());
            case Motion.RatifyPlanProposal r -> t.plain("motion.ratify-plan-proposal", r.plan(), r.round());
            case Motion.AdoptPlan a -> t.plain("motion.adopt-plan", a.plan());
        };
    }

    private static String name(Federation state, org.mandate.core.BodyId id) {
        Body b = state.body(id);
        return b == null ? id.value() : b.name();
    }
}
