package org.mandate.web.plan;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Federation;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;

/**
 * One round as the record keeps it: per good its price in hours per unit and its imbalance, demand
 * less supply over supply, signed so a planner sees which way it leans, and whether it is within the
 * council's tolerance; the largest imbalance and its good, the welfare figures, and which bodies
 * proposed for themselves in it (in a human round) rather than from their statements.
 */
public record RoundView(String plan, String planHref, String council, String councilName, int number, int last, boolean human,
        List<Fact> facts, List<Row> goods, List<Ref> own) {

    public record Row(String good, String unit, String price, String imbalance, String lean, boolean within) {}

    static RoundView of(Federation state, Plan plan, RoundFigures r, Text t) {
        long tolerance = plan.tolerancePermille() * 1000L;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.goods().size(); i++) {
            PlanGood g = plan.goods().get(i);
            long price = i < r.prices().size() ? r.prices().get(i) : 0;
            long imbalance = i < r.imbalances().size() ? r.imbalances().get(i) : 0;
            String lean = imbalance > 0 ? t.plain("round.lean.short") : imbalance < 0 ? t.plain("round.lean.over") : t.plain("round.lean.even");
            rows.add(new Row(g.name(), g.unit(), t.plain("round.price", Figures.price(price), g.unit()), Figures.signed(imbalance), lean,
                    Math.abs(imbalance) <= tolerance));
        }
        boolean human = plan.humanRounds().contains(r.number());
        List<Fact> facts = new ArrayList<>();
        String worst = r.worstGood() == null || r.worstGood().isEmpty() ? "—" : Parts.good(plan, r.worstGood()).name();
        facts.add(new Fact(t.plain("round.largest"), t.plain("round.largest.value", Figures.share(r.largestImbalance()), worst)));
        facts.add(new Fact(t.plain("round.tolerance"), Figures.tolerance(plan.tolerancePermille())));
        facts.add(new Fact(t.plain("round.welfare"), t.plain("round.hours", Figures.thousandths(r.welfare()))));
        facts.add(new Fact(t.plain("round.bound"), t.plain("round.bound.value", Figures.thousandths(r.bound()), Figures.thousandths(r.regret()))));
        List<Ref> own = r.own().stream().map(b -> new Ref(Parts.partPath(plan, b), Parts.name(state, b), "")).toList();
        return new RoundView(plan.id(), Parts.planPath(plan), plan.council().value(), Parts.name(state, plan.council()), r.number(), plan.lastRound(),
                human, facts, rows, own);
    }
}
