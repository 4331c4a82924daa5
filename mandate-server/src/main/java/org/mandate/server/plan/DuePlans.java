package org.mandate.server.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.economy.planning.federation.Stretch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records, on the writer's thread after each tick, the next stretch of rounds of every plan that has
 * fallen due: computed with {@code mandate-economy} from the writer's state and executed as the system,
 * so the core checks it like any command. One plan at a time, earliest due first.
 */
public final class DuePlans {
    private static final Logger LOG = LoggerFactory.getLogger(DuePlans.class);

    /**
     * Plans whose stretch the core refused or the procedure failed on: a bug in this computation, logged
     * and not tried again until a restart, so one plan cannot stall every tick of the federation.
     */
    private final Set<String> failed = new HashSet<>();

    /** Records what is due at {@code now} in {@code state} and returns the events, in order. */
    public List<Event> apply(Federation state, Instant now) {
        List<Event> events = new ArrayList<>();
        while (true) {
            Plan next = state.plans().due(state, now).stream().filter(p -> !failed.contains(p.id())).findFirst().orElse(null);
            if (next == null) {
                return events;
            }
            RecordPlanRounds stretch;
            try {
                stretch = Stretch.next(next);
            } catch (RuntimeException e) {
                // the procedure's own fault, not the federation's: the writer must go on deciding everything else
                failed.add(next.id());
                LOG.error("the planning procedure failed on plan {} of {}", next.id(), next.council(), e);
                continue;
            }
            switch (Mandate.execute(state, stretch, Context.system(now))) {
                case Outcome.Accepted a -> events.addAll(a.events());
                case Outcome.Refused r -> {
                    failed.add(next.id());
                    LOG.error("the core refused the stretch of plan {} of {} as computed: {}", next.id(), next.council(), r.rejection().message());
                }
            }
        }
    }
}
