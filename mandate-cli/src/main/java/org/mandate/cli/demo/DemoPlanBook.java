package org.mandate.cli.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.plan.PlanTerms.PerUnit;
import org.mandate.core.plan.PlanTerms.PlanGood;
import org.mandate.core.plan.PlanTerms.Request;
import org.mandate.core.plan.PlanTerms.Step;
import org.mandate.core.plan.PlanTerms.Technique;

/**
 * What the demo's plan period is about: the region's catalogue of ten goods, the techniques nine
 * co-operatives state (fields, a mill, a bakery with an electric and a wood oven, a dairy, a brewery,
 * the river turbines and solar roofs the electricians run, two repair co-operatives, a central kitchen)
 * and the requests of five neighbourhood assemblies, each need met first and then valued in steps
 * that fall. Figures are in units here; in the record, quantities and capacities are whole
 * thousandths and what is stated per unit (inputs, outputs, labour, a step's value) whole millionths.
 * The neighbourhoods differ by size, so the same request is scaled for each; a period shorter than a
 * year scales capacities and requests by its share of the year.
 */
final class DemoPlanBook {
    private DemoPlanBook() {}

    static final List<PlanGood> GOODS = List.of(new PlanGood("grain", "t", "Grain"), new PlanGood("flour", "t", "Flour"),
            new PlanGood("bread", "t", "Bread"), new PlanGood("vegetables", "t", "Vegetables"), new PlanGood("milk", "1,000 l", "Milk"),
            new PlanGood("cheese", "t", "Cheese"), new PlanGood("beer", "hl", "Beer"), new PlanGood("electricity", "MWh", "Electricity"),
            new PlanGood("repairs", "jobs", "Home repairs"), new PlanGood("meals", "100 meals", "Canteen meals"));

    /** Each workers' council and its techniques: output per unit of activity, labour in hours per unit, capacity in units, inputs. */
    static Map<BodyId, List<Technique>> techniques(double share) {
        Map<BodyId, List<Technique>> all = new LinkedHashMap<>();
        all.put(new BodyId("market-gardeners"), List.of(technique(share, "field-vegetables", "vegetables", 60, 400, "electricity", 0.05),
                technique(share, "grain-fields", "grain", 12, 900, "electricity", 0.02)));
        all.put(new BodyId("grain-mill"), List.of(technique(share, "milling", "flour", 6, 700, "grain", 1.3, "electricity", 0.1)));
        all.put(new BodyId("northside-bakery"), List.of(technique(share, "electric-oven", "bread", 40, 420, "flour", 0.75, "electricity", 0.4),
                technique(share, "wood-oven", "bread", 55, 120, "flour", 0.75)));
        all.put(new BodyId("hillside-dairy"), List.of(technique(share, "milking", "milk", 8, 2_000, "electricity", 0.03),
                technique(share, "cheesemaking", "cheese", 50, 120, "milk", 10, "electricity", 0.3)));
        all.put(new BodyId("riverside-brewery"), List.of(technique(share, "brewing", "beer", 1.5, 3_000, "grain", 0.02, "electricity", 0.01)));
        all.put(new BodyId("electricians"), List.of(technique(share, "river-turbines", "electricity", 2, 900),
                technique(share, "solar-roofs", "electricity", 3.5, 600)));
        all.put(new BodyId("renovation-coop"), List.of(technique(share, "home-repairs", "repairs", 6, 2_500, "electricity", 0.005)));
        all.put(new BodyId("plumbers"), List.of(technique(share, "plumbing-repairs", "repairs", 4, 1_200)));
        all.put(new BodyId("central-kitchen"), List.of(technique(share, "canteen", "meals", 12, 3_000, "bread", 0.005, "vegetables", 0.02,
                "cheese", 0.002, "electricity", 0.01)));
        return all;
    }

    /** Each consumers' council's requests: a neighbourhood's size scales one household's pattern of needs and values. */
    static Map<BodyId, List<Request>> requests(double share) {
        Map<BodyId, List<Request>> all = new LinkedHashMap<>();
        all.put(new BodyId("canal-street"), neighbourhood(share * 1.0));
        all.put(new BodyId("old-town-hood"), neighbourhood(share * 1.3));
        all.put(new BodyId("mill-lane"), neighbourhood(share * 0.8));
        all.put(new BodyId("hillside-terraces"), neighbourhood(share * 1.1));
        all.put(new BodyId("docklands"), neighbourhood(share * 0.9));
        return all;
    }

    /** Need, then steps of (quantity, hours per unit), for a neighbourhood of the given size. */
    private static List<Request> neighbourhood(double size) {
        List<Request> out = new ArrayList<>();
        out.add(request(size, "bread", 30, 40, 120, 30, 70, 20, 45));
        out.add(request(size, "vegetables", 20, 30, 150, 25, 90, 20, 65));
        out.add(request(size, "milk", 100, 150, 25, 120, 14, 80, 9));
        out.add(request(size, "cheese", 3, 6, 300, 5, 180, 4, 120));
        out.add(request(size, "beer", 0, 150, 6, 150, 3));
        out.add(request(size, "electricity", 80, 100, 12, 60, 6, 40, 3));
        out.add(request(size, "repairs", 100, 150, 20, 100, 10, 60, 7));
        out.add(request(size, "meals", 50, 80, 40, 60, 22));
        return out;
    }

    private static Request request(double size, String good, double need, double... steps) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.length; i += 2) {
            out.add(new Step(thousandths(size * steps[i]), millionths(steps[i + 1])));
        }
        return new Request(good, thousandths(size * need), out);
    }

    /** A technique turning out one unit of {@code output}, with inputs as pairs of good and quantity per unit. */
    private static Technique technique(double share, String id, String output, double labour, double capacity, Object... inputs) {
        List<PerUnit> in = new ArrayList<>();
        for (int i = 0; i < inputs.length; i += 2) {
            in.add(new PerUnit((String) inputs[i], millionths(((Number) inputs[i + 1]).doubleValue())));
        }
        return new Technique(id, List.of(new PerUnit(output, 1_000_000)), in, millionths(labour), thousandths(share * capacity));
    }

    private static long thousandths(double units) {
        return Math.round(units * 1000);
    }

    private static long millionths(double perUnit) {
        return Math.round(perUnit * 1_000_000);
    }
}
