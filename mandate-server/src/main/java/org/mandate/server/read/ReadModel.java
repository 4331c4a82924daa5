package org.mandate.server.read;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MandateException;

/**
 * The federation as readers see it: a second state, folded by its own thread from the events the writer
 * has made durable. The writer only adds to a queue and never waits for a reader; readers share a lock
 * with this fold alone, so a slow query can delay the read model by a moment, never a vote. A reader
 * sees a whole number of events ({@link #position()}), never a batch half folded, and may ask to wait
 * until the events of its own command are in ({@link #await}).
 */
public final class ReadModel implements AutoCloseable {
    /** The most events folded under one hold of the lock, so readers are not kept out for long. */
    static final int CHUNK = 4_096;

    private final Federation state = new Federation();
    private final Indexes indexes = new Indexes();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final Object progress = new Object();
    private final Thread thread;
    private volatile long position;
    private volatile boolean running = true;
    private volatile Throwable failure;

    public ReadModel() {
        this.thread = Thread.ofPlatform().name("mandate-read-model").daemon().start(this::loop);
    }

    /** Hands durable events over in record order; never blocks. */
    public void publish(List<Event> events) {
        queue.addAll(events);
    }

    /** Hands one durable event over; never blocks. */
    public void publish(Event event) {
        queue.add(event);
    }

    /** How many events the readers' state has folded: the answer to "as of which event". */
    public long position() {
        return position;
    }

    /** Runs a query against a consistent state; the query must not keep references past its return. */
    public <T> T read(Function<Federation, T> query) {
        if (failure != null) {
            throw new MandateException("the read model stopped: " + failure.getMessage(), failure);
        }
        lock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs a query against a consistent state and the readers' own sorted indexes of it, folded from the
     * same events; the query must not keep references past its return.
     */
    public <T> T read(BiFunction<Federation, Indexes, T> query) {
        return read(state -> query.apply(state, indexes));
    }

    /** Waits until at least {@code events} events are folded; false if that did not happen in time. */
    public boolean await(long events, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (position < events) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || failure != null) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void loop() {
        List<Event> chunk = new ArrayList<>(CHUNK);
        try {
            while (running) {
                Event first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                chunk.add(first);
                queue.drainTo(chunk, CHUNK - 1);
                lock.writeLock().lock();
                try {
                    for (Event e : chunk) {
                        Mandate.evolve(state, e);
                        indexes.fold(state, e);
                    }
                    position = state.eventCount();
                } finally {
                    lock.writeLock().unlock();
                }
                synchronized (progress) {
                    progress.notifyAll();
                }
                chunk.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
