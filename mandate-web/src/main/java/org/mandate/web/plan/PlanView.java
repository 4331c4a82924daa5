package org.mandate.web.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Proposal;
import org.mandate.economy.planning.federation.PlanLabour;
import org.mandate.web.body.BodyView;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * One plan period as the council's members follow it: where it stands in words, its terms, the
 * convergence of its rounds (drawn, and as a table), what blocks it, each body's statement, current
 * proposal and ratification, the adoption with what each body committed to, the facilitator's form
 * that calls a human round, and, once balanced, the form that puts the plan's adoption to the council
 * with the bodies that have still to ratify.
 */
public record PlanView(String id, String council, String councilName, String phase, String phaseTone, String due, List<Fact> terms,
        List<GoodRow> goods, String labourWhy, Convergence plot, List<RoundRow> rounds, List<String> blocking, String why, List<BodyRow> bodies,
        List<Fact> adoption, Ref opening, Ref adopting, boolean mayCall, boolean callable, String suggestedUntil, boolean mayAdopt,
        List<Ref> unratified, List<String> competences) {

    /** A good of the catalogue with its labour content under the plan, in hours per unit ("" when the plan does not make it). */
    public record GoodRow(String id, String name, String unit, String labour) {}

    /** A round in the table that is the plot's text alternative. */
    public record RoundRow(int number, String href, String largest, String worst, String own, boolean human, boolean within) {}

    /** A body taking part: its part's page, what it stated, its current proposal and what it commits it to, and whether it ratified. */
    public record BodyRow(String id, Ref part, String kind, List<String> statement, String proposal, String commitment, String ratified) {}

    static PlanView of(Federation state, Plan plan, MemberId viewer, Instant now, Text t) {
        PlanPhase phase = plan.phase(state);
        List<Fact> terms = new ArrayList<>();
        terms.add(new Fact(t.plain("plan.period"), t.plain("plan.period.value", plan.from(), plan.to())));
        terms.add(new Fact(t.plain("plan.opened"), Words.when(plan.openedAt())));
        terms.add(new Fact(t.plain("plan.tolerance"), t.plain("plan.tolerance.value", Figures.tolerance(plan.tolerancePermille()))));
        terms.add(new Fact(t.plain("plan.statements.close"), Words.when(plan.balanceAt())));
        terms.add(new Fact(t.plain("plan.human"), humanRounds(plan, t)));
        long tolerance = plan.tolerancePermille() * 1000L;
        List<RoundRow> rows = new ArrayList<>();
        List<Convergence.Round> drawn = new ArrayList<>();
        for (RoundFigures r : plan.rounds()) {
            boolean human = plan.humanRounds().contains(r.number());
            String worst = r.worstGood() == null || r.worstGood().isEmpty() ? "—" : Parts.good(plan, r.worstGood()).name();
            String own = String.join(", ", r.own().stream().map(b -> Parts.name(state, b)).toList());
            rows.add(new RoundRow(r.number(), Parts.roundPath(plan, r.number()), Figures.share(r.largestImbalance()), worst, own, human,
                    r.largestImbalance() <= tolerance));
            drawn.add(new Convergence.Round(r.number(), r.largestImbalance(), t.plain("plan.point", r.number(), Figures.share(r.largestImbalance()), worst)
                    + (human ? " " + t.plain("plan.point.human") : ""), human));
        }
        Convergence plot = drawn.isEmpty() ? null : Convergence.draw(drawn, tolerance, plan.humanRounds(),
                t.plain("plan.plot.tolerance", Figures.tolerance(plan.tolerancePermille())), t.plain("plan.plot.human"));
        List<BodyRow> bodies = new ArrayList<>();
        for (Plan.Statement s : plan.statements().values()) {
            Quantities q = plan.proposals().get(s.body());
            String ratified = q == null ? "" : plan.ratifiedCurrent(s.body()) ? t.plain("plan.ratified.yes")
                    : phase == PlanPhase.BALANCED ? t.plain("plan.ratified.not") : "";
            bodies.add(new BodyRow(s.body().value(), new Ref(Parts.partPath(plan, s.body()), Parts.name(state, s.body()), ""),
                    t.plain(s.workers() ? "plan.kind.workers" : "plan.kind.consumers"), Parts.statement(plan, s, t),
                    q == null ? "" : Parts.proposal(plan, q, t), q == null ? "" : Parts.commitment(plan, s, q, t), ratified));
        }
        List<Fact> adoption = new ArrayList<>();
        if (plan.adopted() != null) {
            adoption.add(new Fact(t.plain("plan.adopted.at"), Words.when(plan.adopted().at())));
            adoption.add(new Fact(t.plain("plan.adopted.round"), String.valueOf(plan.adopted().round())));
        }
        boolean callable = (phase == PlanPhase.UNSETTLED || phase == PlanPhase.BALANCED) && plan.humanRoundsLeft() > 0;
        boolean mayCall = callable && viewer != null && state.offices().permitting(plan.council(), viewer, Permission.FACILITATE_PLAN, now) != null;
        Instant due = plan.dueAt(state);
        PlanLabour.Outcome labour = PlanLabour.of(plan);
        boolean mayAdopt = phase == PlanPhase.BALANCED && BodyView.takesPart(state, state.body(plan.council()), viewer);
        List<Ref> unratified = phase != PlanPhase.BALANCED ? List.of() : plan.proposals().keySet().stream().filter(b -> !plan.ratifiedCurrent(b))
                .sorted().map(b -> new Ref(Parts.partPath(plan, b), Parts.name(state, b), "")).toList();
        return new PlanView(plan.id(), plan.council().value(), Parts.name(state, plan.council()), phase(state, plan, t), tone(phase),
                due == null ? "" : Words.when(due), terms, goods(plan, labour), labour instanceof PlanLabour.Outcome.None none ? none.why() : "", plot, rows,
                plan.blocking().stream().map(g -> Parts.good(plan, g).name()).toList(), plan.why() == null ? "" : plan.why(), bodies, adoption,
                decision(state, plan.decision()), plan.adopted() == null ? null : decision(state, plan.adopted().decision()), mayCall, callable,
                local(now.plus(java.time.Duration.ofDays(7))), mayAdopt, unratified, competences(state, plan.council()));
    }

    /** The competences a council's members granted it, one of which its every proposal names. */
    static List<String> competences(Federation state, BodyId council) {
        Body b = state.body(council);
        return b == null ? List.of() : List.copyOf(b.competences().keySet());
    }

    /** The decision behind the opening or the adoption: its proposal by title. */
    static Ref decision(Federation state, org.mandate.core.ProposalId id) {
        Proposal p = id == null ? null : state.proposal(id);
        return p == null ? null : Ref.proposal(p, "");
    }

    static String humanRounds(Plan plan, Text t) {
        String called = plan.humanRounds().isEmpty() ? t.plain("plan.human.none")
                : String.join(", ", plan.humanRounds().stream().map(r -> t.plain("plan.human.round", r)).toList());
        String open = plan.openHumanRound() > 0 ? " " + t.plain("plan.human.open", Words.when(plan.humanUntil())) : "";
        return t.plain("plan.human.value", plan.humanRoundsAllowed(), called, plan.humanRoundsLeft()) + open;
    }

    /** The phase in a sentence a member reads. */
    static String phase(Federation state, Plan plan, Text t) {
        PlanPhase phase = plan.phase(state);
        return t.plain("plan.phase." + phase.name().toLowerCase(Locale.ROOT), Words.when(plan.balanceAt()), plan.openHumanRound(),
                plan.humanUntil() == null ? "" : Words.when(plan.humanUntil()), plan.lastRound());
    }

    static String tone(PlanPhase phase) {
        return switch (phase) {
            case BALANCED, ADOPTED -> "ok";
            case BLOCKED, ANNULLED -> "bad";
            default -> "";
        };
    }

    /** A time as a datetime-local field shows it, in UTC. */
    static String local(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(java.time.ZoneOffset.UTC).format(at);
    }

    /** The plan periods of a council, newest first, each with its phase. */
    static List<Ref> periods(Federation state, BodyId council, Text t) {
        List<Ref> out = new ArrayList<>();
        for (Plan p : state.plans().of(council)) {
            out.add(0, new Ref(Parts.planPath(p), t.plain("plan.period.title", p.id(), p.from(), p.to()), phase(state, p, t)));
        }
        return out;
    }

    /** The catalogue with each good's labour content, direct and embodied, by the techniques the plan runs. */
    private static List<GoodRow> goods(Plan plan, PlanLabour.Outcome labour) {
        List<GoodRow> rows = new ArrayList<>();
        for (int g = 0; g < plan.goods().size(); g++) {
            PlanGood good = plan.goods().get(g);
            double hours = labour instanceof PlanLabour.Outcome.Values v ? v.hours()[g] : Double.NaN;
            rows.add(new GoodRow(good.id(), good.name(), good.unit(), Double.isNaN(hours) ? "" : Figures.price(Math.round(hours * 1e6))));
        }
        return rows;
    }
}
