package org.mandate.core.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;

/** Every plan period of the federation, by id, in the order they were opened. */
public final class Plans {
    private final Map<String, Plan> plans = new LinkedHashMap<>();

    public Plan of(String id) { return id == null ? null : plans.get(id); }

    public Collection<Plan> all() { return Collections.unmodifiableCollection(plans.values()); }

    public List<Plan> of(BodyId council) {
        return plans.values().stream().filter(p -> p.council().equals(council)).toList();
    }

    /** The plans whose rounds the server must run by {@code now}, earliest due first. */
    public List<Plan> due(Federation state, Instant now) {
        List<Plan> due = new ArrayList<>();
        for (Plan p : plans.values()) {
            Instant at = p.dueAt(state);
            if (at != null && !at.isAfter(now)) {
                due.add(p);
            }
        }
        due.sort(java.util.Comparator.comparing((Plan p) -> p.dueAt(state)).thenComparing(Plan::id));
        return due;
    }

    Plan open(PlanEvent.PlanPeriodOpened event) {
        Plan plan = new Plan(event);
        plans.put(event.plan(), plan);
        return plan;
    }
}
