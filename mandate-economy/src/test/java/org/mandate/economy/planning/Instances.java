package org.mandate.economy.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanPeriod;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/** Small instances written out in full, for tests that can be checked by hand. */
public final class Instances {
    private Instances() {}

    public static final PlanPeriod YEAR = new PlanPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    public static PlanningInstance of(List<WorkersCouncil> workers, List<ConsumersCouncil> consumers, String... goods) {
        List<Good> catalogue = new ArrayList<>();
        for (String g : goods) {
            catalogue.add(new Good(g, "unit", g));
        }
        return new PlanningInstance(YEAR, PlanningInstance.DEFAULT_TOLERANCE, catalogue, workers, consumers);
    }

    public static WorkersCouncil workers(String id, Technique... techniques) {
        return new WorkersCouncil(BodyId.of(id), Arrays.asList(techniques));
    }

    public static Technique technique(String id, Map<String, Double> outputs, Map<String, Double> inputs, double labour, double capacity) {
        return new Technique(id, outputs, inputs, labour, capacity);
    }

    public static ConsumersCouncil consumers(String id, Request... requests) {
        return new ConsumersCouncil(BodyId.of(id), Arrays.asList(requests));
    }

    /** A request with steps given as quantity, value, quantity, value, ... */
    public static Request request(String good, double minimum, double... steps) {
        List<Step> list = new ArrayList<>();
        for (int i = 0; i + 1 < steps.length; i += 2) {
            list.add(new Step(steps[i], steps[i + 1]));
        }
        return new Request(good, minimum, list);
    }

    /**
     * A farm with two techniques and a village: grain costs 2 hours a unit, beans 1, no capacity binds;
     * the village values its first 20 of grain at 5 and the next at 1, its first 30 of beans at 3 and
     * the next at 0.5.
     */
    public static PlanningInstance farmAndVillage() {
        return of(List.of(workers("farm", technique("grain", Map.of("grain", 1.0), Map.of(), 2, 30),
                technique("beans", Map.of("beans", 1.0), Map.of(), 1, 50))),
                List.of(consumers("village", request("grain", 0, 20, 5, 20, 1), request("beans", 0, 30, 3, 30, 0.5))), "grain", "beans");
    }

    /**
     * A mill, a bakery limited to 40 loaves, and a street: a loaf takes half a kilo of flour and an
     * hour; a kilo of flour takes half an hour; the street values 30 loaves at 4 hours, 30 more at 2.5
     * and 30 more at 1. {@code needBread} is the street's minimum of bread, {@code millCapacity} the
     * mill's.
     */
    public static PlanningInstance millBakeryStreet(double needBread, double millCapacity) {
        return of(List.of(workers("mill", technique("grind", Map.of("flour", 1.0), Map.of(), 0.5, millCapacity)),
                workers("bakery", technique("bake", Map.of("bread", 1.0), Map.of("flour", 0.5), 1, 40))),
                List.of(consumers("street", request("bread", needBread, 30, 4, 30, 2.5, 30, 1))), "bread", "flour");
    }
}
