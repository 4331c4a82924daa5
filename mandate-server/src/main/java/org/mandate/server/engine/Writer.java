package org.mandate.server.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.mandate.codec.Codec;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.proposal.ProposalEvent.BallotsUnsealed;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.record.checkpoint.CheckpointPublisher;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Batch;
import org.mandate.store.Sealed;
import org.mandate.store.Store;

/**
 * The one writer of a federation. Submissions queue up; the writer takes as many as are waiting (up
 * to a batch), decides and folds each in order, then makes the whole batch durable in one store
 * transaction (group commit: one fsync for many commands), appends it to the Merkle record, and only
 * then completes each submission. Time is read here, in the shell, never in the core: each command is
 * stamped with the writer's clock, never earlier than the record's.
 *
 * <p>A tick also applies the clearings it finds due ({@link org.mandate.server.credit.DueClearings}): the
 * tick's outcome then holds their events after its own. The stretches of plan rounds it finds due are
 * computed beside the writer ({@link org.mandate.server.plan.DuePlans}) and come back as commands of the
 * system, recorded in a later batch.
 *
 * <p>If the store fails, the in-memory state has run ahead of what is durable: the writer stops and
 * fails every waiting submission; a restart rebuilds the state from the store.
 */
public final class Writer implements AutoCloseable {
    /** The most commands one transaction covers, unless told otherwise. */
    public static final int BATCH = 2_000;

    private final Federation state;
    private final Store store;
    private final MerkleTree tree;
    private final CheckpointPublisher publisher;
    private final Codec codec;
    private final Clock clock;
    private final java.util.function.Consumer<List<Event>> onDurable;
    private final int maxBatch;
    private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private final java.util.concurrent.atomic.AtomicLong applied = new java.util.concurrent.atomic.AtomicLong();
    /** The latest checkpoint whose events and note are durable: the only one readers are shown. */
    private volatile Optional<SignedCheckpoint> published;
    /** How many events are durable in the store. */
    private volatile long durable;
    private volatile java.util.function.IntConsumer batches = n -> { };
    private final org.mandate.server.credit.DueClearings clearings = new org.mandate.server.credit.DueClearings();
    private final org.mandate.server.plan.DuePlans plans = new org.mandate.server.plan.DuePlans(command -> submit(command, null));

    private record Submission(Command command, MemberId actor, CompletableFuture<Outcome> done) {}

    Writer(Federation state, Store store, MerkleTree tree, CheckpointPublisher publisher, Codec codec, Clock clock,
            java.util.function.Consumer<List<Event>> onDurable, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one command, not " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.onDurable = onDurable;
        this.state = state;
        this.store = store;
        this.tree = tree;
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
        this.published = publisher.latest();
        this.durable = tree.size();
        this.thread = Thread.ofPlatform().name("mandate-writer").daemon().start(this::loop);
    }

    /** Queues a command by {@code actor} (null for the clock's tick); completes once its events are durable, or at once if refused. */
    public CompletableFuture<Outcome> submit(Command command, MemberId actor) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new MandateException("the writer has stopped", failure));
            return done;
        }
        queue.add(new Submission(command, actor, done));
        return done;
    }

    /**
     * The latest signed checkpoint that is durable, if any. The writer signs a checkpoint before its
     * batch's transaction; until that commits, readers keep the previous one, so nothing they are shown
     * can vanish in a crash and every event a shown checkpoint covers can be read back from the store.
     */
    public Optional<SignedCheckpoint> checkpoint() {
        return published;
    }

    public long size() {
        return tree.size();
    }

    /** How many events are durable in the store (the tree may hold a batch more while it commits). */
    public long durableSize() {
        return durable;
    }

    /** Tells {@code observer} the number of commands in each batch the writer applies, on the writer's thread. */
    public void observeBatches(java.util.function.IntConsumer observer) {
        this.batches = observer;
    }

    /** The plans' stretches under way beside the writer. */
    public org.mandate.server.plan.DuePlans plans() {
        return plans;
    }

    /** How many commands the writer has applied since it started, accepted or refused: for health and metrics. */
    public long applied() {
        return applied.get();
    }

    private void loop() {
        List<Submission> batch = new ArrayList<>(maxBatch);
        try {
            while (running) {
                Submission first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    // Idle: sign the events the last busy second left uncovered, so a receipt for them
                    // is at most a second or so away even if nothing else happens.
                    apply(List.of());
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                apply(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            running = false;
            batch.forEach(s -> s.done().completeExceptionally(e));
            Submission s;
            while ((s = queue.poll()) != null) {
                s.done().completeExceptionally(new MandateException("the writer stopped: " + e.getMessage(), e));
            }
        }
    }

    private void apply(List<Submission> batch) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<byte[]> records = new ArrayList<>();
        List<Event> accepted = new ArrayList<>();
        List<Sealed> sealed = new ArrayList<>();
        List<String> unsealed = new ArrayList<>();
        for (Submission s : batch) {
            Instant now = clock.instant();
            if (now.isBefore(state.clock())) {
                now = state.clock();
            }
            Outcome o = Mandate.execute(state, s.command(), new Context(s.actor(), now));
            if (s.command() instanceof org.mandate.core.clock.Tick && o instanceof Outcome.Accepted a) {
                // what fell due may include a council's clearing, applied here as the system, or a plan's rounds, computed beside
                List<Event> due = clearings.apply(state, now);
                plans.start(state, now);
                if (!due.isEmpty()) {
                    List<Event> all = new ArrayList<>(a.events());
                    all.addAll(due);
                    o = Outcome.accept(all);
                }
            }
            outcomes.add(o);
            if (o instanceof Outcome.Accepted a) {
                accepted.addAll(a.events());
                for (Event e : a.events()) {
                    records.add(codec.recordBytes(e));
                    if (e instanceof SealedVoteCast v && v.sealed() != null) {
                        sealed.add(new Sealed(v.proposal().value(), v.voter().value(),
                                codec.mapper().valueToTree(v.sealed()).toString()));
                    } else if (e instanceof BallotsUnsealed u) {
                        unsealed.add(u.proposal().value());
                    }
                }
            }
        }
        long first = tree.size();
        if (!records.isEmpty()) {
            tree.append(records);
        }
        // The checkpoint is signed before the transaction and saved in it: if the transaction fails the
        // writer stops, and a checkpoint nobody was shown is as good as none (readers see it only after).
        Optional<SignedCheckpoint> signed = publisher.publishIfDue(clock.millis());
        if (!records.isEmpty() || signed.isPresent()) {
            store.append(new Batch(first, records, sealed, unsealed, signed.map(SignedCheckpoint::note).orElse(null)));
            durable = first + records.size();
            if (signed.isPresent()) {
                published = signed;
            }
            onDurable.accept(accepted);
        }
        if (!batch.isEmpty()) {
            applied.addAndGet(batch.size());
            batches.accept(batch.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(outcomes.get(i));
        }
    }

    @Override
    public void close() {
        plans.close();
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
