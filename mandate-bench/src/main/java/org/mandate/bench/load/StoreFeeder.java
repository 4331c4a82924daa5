package org.mandate.bench.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mandate.codec.Codec;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.proposal.ProposalEvent.BallotsUnsealed;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.record.checkpoint.CheckpointPublisher;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Batch;
import org.mandate.store.Sealed;
import org.mandate.store.Store;

/**
 * Puts a large federation into a store fast: commands run through the core ({@link Mandate#execute})
 * and their events are stored as the writer stores them (record bytes, sealed ballots beside them, a
 * signed checkpoint), many thousands to a transaction. The server then starts on the store and replays
 * it, as after any restart. Nothing enters the record that the core did not decide.
 */
final class StoreFeeder {
    private static final int BATCH = 10_000;

    private final Federation state = new Federation();
    private final Codec codec = new Codec();
    private final MerkleTree tree = new MerkleTree();
    private final Store store;
    private final CheckpointPublisher publisher;
    private final List<byte[]> records = new ArrayList<>();
    private final List<Sealed> sealed = new ArrayList<>();
    private final List<String> unsealed = new ArrayList<>();
    private Instant now;

    /** Feeds an empty store; generates the log's signing key in {@code dataDir}. */
    StoreFeeder(Store store, Path dataDir, Instant start) {
        this.store = store;
        this.now = start;
        this.publisher = new CheckpointPublisher(tree, LogKeys.generate(dataDir, "localhost/mandate").signer(), Optional.empty());
    }

    Federation state() {
        return state;
    }

    Instant now() {
        return now;
    }

    /** Events decided so far, stored or pending. */
    long events() {
        return tree.size() + records.size();
    }

    /** Moves the clock on; a {@code tick} then lets what fell due happen. */
    void advance(java.time.Duration d) {
        now = now.plus(d);
    }

    /** Runs a command by {@code actor} (null for the clock's tick); a refusal is a mistake in the generator. */
    void run(MemberId actor, Command command) {
        now = now.plusMillis(1);
        Outcome o = Mandate.execute(state, command, new Context(actor, now));
        if (!(o instanceof Outcome.Accepted a)) {
            throw new IllegalStateException(command + " by " + actor + " refused: " + ((Outcome.Refused) o).rejection().message());
        }
        for (Event e : a.events()) {
            records.add(codec.recordBytes(e));
            if (e instanceof SealedVoteCast v && v.sealed() != null) {
                sealed.add(new Sealed(v.proposal().value(), v.voter().value(), codec.mapper().valueToTree(v.sealed()).toString()));
            } else if (e instanceof BallotsUnsealed u) {
                unsealed.add(u.proposal().value());
            }
        }
        if (records.size() >= BATCH) {
            flush();
        }
    }

    /** Stores what is pending in one transaction, with a checkpoint when one is due. */
    void flush() {
        if (records.isEmpty()) {
            return;
        }
        long first = tree.size();
        tree.append(records);
        String checkpoint = publisher.publishIfDue(System.currentTimeMillis()).map(SignedCheckpoint::note).orElse(null);
        store.append(new Batch(first, List.copyOf(records), List.copyOf(sealed), List.copyOf(unsealed), checkpoint));
        records.clear();
        sealed.clear();
        unsealed.clear();
    }
}
