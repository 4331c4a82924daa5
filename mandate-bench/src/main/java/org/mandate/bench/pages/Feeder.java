package org.mandate.bench.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.clock.Tick;
import org.mandate.server.engine.Engine;

/**
 * Commands into the server's own writer, as a script would send them, on a clock the generator moves: many
 * in flight at once (the writer commits them in groups), all answered before the clock moves, so no command
 * is stamped later than the window it was meant for. A refusal is a mistake in the generator and stops it.
 */
final class Feeder {
    private static final int IN_FLIGHT = 4_000;

    private final Engine engine;
    private final MovingClock clock;
    private final List<CompletableFuture<Outcome>> pending = new ArrayList<>();
    private final List<Command> sent = new ArrayList<>();
    private long commands;

    Feeder(Engine engine, MovingClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    void run(MemberId actor, Command command) {
        pending.add(engine.writer().submit(command, actor));
        sent.add(command);
        commands++;
        if (pending.size() >= IN_FLIGHT) {
            drain();
        }
    }

    /** Waits for every command in flight; throws at the first refusal. */
    void drain() {
        for (int i = 0; i < pending.size(); i++) {
            Outcome o;
            try {
                o = pending.get(i).get(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException("the writer did not answer", e);
            }
            if (o instanceof Outcome.Refused r) {
                throw new IllegalStateException(sent.get(i) + " was refused: " + r.rejection().message());
            }
        }
        pending.clear();
        sent.clear();
    }

    /** Moves the clock on, then lets what fell due happen (a tick). */
    void advance(Duration d) {
        drain();
        clock.now = clock.now.plus(d);
        run(null, new Tick());
        drain();
    }

    long commands() {
        return commands;
    }

    /** The generator's clock: it stands still until {@link #advance} moves it. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
