package org.mandate.server.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Outcome;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.rule.Rejection;
import org.mandate.economy.planning.federation.Stretch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes, beside the writer, the next stretch of rounds of every plan that has fallen due, and
 * submits it to the writer as the system, so the core checks it like any command. The writer finds
 * what is due after each tick and goes on at once: votes do not wait for the procedure, only for the
 * core's check and the recording. One stretch is computed at a time, in the order they fell due.
 *
 * <p>Reading the plan off the writer's thread is safe because nothing a due stretch reads can change
 * until it is recorded: statements close when the first rounds fall due, a human round's own proposals
 * when it ends, and no human round can be called while rounds are due. Were it otherwise the core would
 * refuse the stretch, not record a wrong one.
 */
public final class DuePlans implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DuePlans.class);

    private final Function<RecordPlanRounds, CompletableFuture<Outcome>> submit;
    private final ExecutorService computing = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("mandate-planning").daemon().factory());
    /** Plans whose stretch is being computed or recorded, with what its recording came to. */
    private final Map<String, CompletableFuture<Outcome>> running = new ConcurrentHashMap<>();
    /**
     * Plans whose stretch the core refused or the procedure failed on: a bug in this computation, logged
     * and not tried again until a restart, so one plan cannot be computed again at every tick.
     */
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    /** {@code submit} queues a command to the writer as the system. */
    public DuePlans(Function<RecordPlanRounds, CompletableFuture<Outcome>> submit) {
        this.submit = submit;
    }

    /** On the writer's thread: starts the stretch of every plan due at {@code now} that is not already under way. */
    public void start(Federation state, Instant now) {
        for (Plan plan : state.plans().due(state, now)) {
            String id = plan.id();
            if (failed.contains(id) || running.containsKey(id)) {
                continue;
            }
            CompletableFuture<Outcome> done = new CompletableFuture<>();
            running.put(id, done);
            CompletableFuture.supplyAsync(() -> Stretch.next(plan), computing).thenCompose(submit).whenComplete((outcome, fault) -> {
                if (fault != null) {
                    failed.add(id);
                    LOG.error("the stretch of plan {} of {} could not be computed or recorded", id, plan.council(), fault);
                } else if (outcome instanceof Outcome.Refused r && r.rejection() instanceof Rejection.PlanNotDue) {
                    // the member bodies annulled the period's opening while its stretch was computed: nothing is due any more
                    LOG.info("plan {} of {} was no longer due when its stretch was computed: {}", id, plan.council(), r.rejection().message());
                } else if (outcome instanceof Outcome.Refused r) {
                    failed.add(id);
                    LOG.error("the core refused the stretch of plan {} of {} as computed: {}", id, plan.council(), r.rejection().message());
                }
                running.remove(id);
                if (fault != null) {
                    done.completeExceptionally(fault);
                } else {
                    done.complete(outcome);
                }
            });
        }
    }

    /**
     * Waits for the stretches under way to be recorded and gives their events, in no set order between
     * plans: for tests, and for an operator who must know the writer has caught up with its plans.
     */
    public List<Event> settle(Duration within) {
        List<Event> events = new ArrayList<>();
        for (CompletableFuture<Outcome> f : List.copyOf(running.values())) {
            try {
                if (f.get(within.toMillis(), TimeUnit.MILLISECONDS) instanceof Outcome.Accepted a) {
                    events.addAll(a.events());
                }
            } catch (java.util.concurrent.ExecutionException e) {
                // logged where it failed; the plan is marked failed
            } catch (java.util.concurrent.TimeoutException e) {
                throw new org.mandate.core.MandateException("a plan's stretch was not recorded within " + within, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return events;
            }
        }
        return events;
    }

    @Override
    public void close() {
        computing.shutdownNow();
    }
}
