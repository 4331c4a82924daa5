package org.mandate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.rule.Rejection;

/**
 * Given / when / then for domain rules. {@code given} runs commands through the writer
 * ({@link Mandate#execute}) and insists each is accepted, so a scenario's set-up cannot silently fail;
 * {@code when} decides one command and keeps the outcome for the {@code then} assertions, and checks that
 * a refusal changed nothing.
 */
public final class Scenario {
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final Federation state = new Federation();
    private final List<Event> history = new ArrayList<>();
    private Instant now = T0;
    private Outcome outcome;

    public static Scenario start() {
        return new Scenario();
    }

    public Federation state() {
        return state;
    }

    public Instant now() {
        return now;
    }

    /** Every event accepted so far, in order: replaying them must rebuild the same state. */
    public List<Event> history() {
        return history;
    }

    public Scenario at(Instant time) {
        now = time;
        return this;
    }

    public Scenario after(Duration d) {
        now = now.plus(d);
        return this;
    }

    /** Runs a command that must be accepted, and keeps its events in the history. */
    public List<Event> given(String actor, Command command) {
        Outcome o = Mandate.execute(state, command, new Context(actor == null ? null : new MemberId(actor), now));
        if (o instanceof Outcome.Refused r) {
            throw new AssertionError("set-up command " + command + " was refused: " + r.rejection().message());
        }
        List<Event> events = ((Outcome.Accepted) o).events();
        history.addAll(events);
        return events;
    }

    /** Sends the clock command at the current time. */
    public List<Event> tick() {
        return given(null, new org.mandate.core.clock.Tick());
    }

    /** Executes a command under test; a refusal is checked to have changed nothing. */
    public Scenario when(String actor, Command command) {
        long before = state.eventCount();
        Instant clock = state.clock();
        outcome = Mandate.execute(state, command, new Context(actor == null ? null : new MemberId(actor), now));
        if (outcome instanceof Outcome.Accepted a) {
            history.addAll(a.events());
        } else {
            assertThat(state.eventCount()).as("a refused command changes nothing").isEqualTo(before);
            assertThat(state.clock()).isEqualTo(clock);
        }
        return this;
    }

    public List<Event> thenAccepted() {
        assertThat(outcome).as("outcome").isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    /** Asserts the events are exactly of these types, in this order, and returns them. */
    @SafeVarargs
    public final List<Event> thenEvents(Class<? extends Event>... types) {
        List<Event> events = thenAccepted();
        assertThat(events).extracting(e -> (Object) e.getClass()).containsExactly((Object[]) types);
        return events;
    }

    public <R extends Rejection> R thenRefused(Class<R> rule) {
        if (outcome instanceof Outcome.Accepted a) {
            throw new AssertionError("expected refusal " + rule.getSimpleName() + " but was accepted with " + a.events());
        }
        Rejection r = ((Outcome.Refused) outcome).rejection();
        assertThat(r).as("rejection").isInstanceOf(rule);
        assertThat(r.message()).as("every refusal says why").isNotBlank();
        return rule.cast(r);
    }

    @SuppressWarnings("unchecked")
    public <E extends Event> E only(Class<E> type) {
        List<Event> matching = thenAccepted().stream().filter(type::isInstance).toList();
        assertThat(matching).hasSize(1);
        return (E) matching.get(0);
    }
}
