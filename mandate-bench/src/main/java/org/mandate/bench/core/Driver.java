package org.mandate.bench.core;

import java.time.Duration;
import java.time.Instant;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.clock.Tick;

/**
 * Drives a federation through the core's own commands, as the single writer would, with a clock that
 * never runs behind the record's. A refused command is a mistake in the benchmark's set-up, so it stops
 * the run with the rule's sentence.
 */
abstract class Driver {
    final Federation state = new Federation();
    private Instant now = Instant.parse("2026-01-05T08:00:00Z");

    Instant now() {
        return now.isBefore(state.clock()) ? state.clock() : now;
    }

    void advance(Duration d) {
        now = now().plus(d);
        tick();
    }

    void tick() {
        now = now();
        Mandate.execute(state, new Tick(), Context.system(now));
    }

    void run(MemberId actor, Command command) {
        now = now();
        Outcome o = Mandate.execute(state, command, new Context(actor, now));
        if (o instanceof Outcome.Refused r) {
            throw new IllegalStateException(command + " refused: " + r.rejection().message());
        }
    }
}
