package org.mandate.server.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MandateException;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.record.checkpoint.CheckpointPublisher;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.server.read.ReadModel;
import org.mandate.server.record.PublicRecord;
import org.mandate.store.Store;

/**
 * Opens a federation from its store: every stored event is hashed into the record and folded into
 * the state, sealed ballots of votes still open are put back beside their participation events, and
 * the rebuilt tree must agree with the last checkpoint the log signed, or the server refuses to start.
 */
public final class Engine implements AutoCloseable {
    private final Federation state;
    private final MerkleTree tree;
    private final Writer writer;
    private final ReadModel reads;
    private final PublicRecord record;

    private Engine(Federation state, MerkleTree tree, Writer writer, ReadModel reads, Store store) {
        this.state = state;
        this.tree = tree;
        this.writer = writer;
        this.reads = reads;
        this.record = new PublicRecord(tree, store, writer);
    }

    public static Engine open(Store store, Path dataDir, Clock clock) {
        return open(store, dataDir, clock, Writer.BATCH);
    }

    /**
     * As {@link #open(Store, Path, Clock)}, with at most {@code maxBatch} commands in one store transaction.
     * Only measurements change it: 1 turns group commit off (one transaction and one fsync per command),
     * the baseline the load generator holds group commit against.
     */
    public static Engine open(Store store, Path dataDir, Clock clock, int maxBatch) {
        Codec codec = new Codec();
        LogKeys keys = LogKeys.load(dataDir);
        MerkleTree tree = new MerkleTree();
        Federation state = new Federation();
        ReadModel reads = new ReadModel();
        try {
            return open(store, codec, keys, tree, state, reads, clock, maxBatch);
        } catch (RuntimeException | Error e) {
            reads.close();
            throw e;
        }
    }

    private static Engine open(Store store, Codec codec, LogKeys keys, MerkleTree tree, Federation state, ReadModel reads, Clock clock,
            int maxBatch) {
        Map<String, Map<String, String>> sealed = store.sealedBallots();
        Replay.run(store, tree, bytes -> restore(codec, codec.readEvent(bytes), sealed), e -> {
            Mandate.evolve(state, e);
            reads.publish(e);
        });
        Optional<SignedCheckpoint> last = store.checkpoint().map(SignedCheckpoint::parse);
        if (last.isPresent()) {
            SignedCheckpoint cp = last.get();
            if (cp.check(keys.verifier()) != org.mandate.record.checkpoint.SignatureStatus.VALID) {
                throw new MandateException("the stored checkpoint is not signed by this log's key; refusing to start");
            }
            if (cp.size() > tree.size() || !Arrays.equals(tree.root(cp.size()), cp.checkpoint().root())) {
                throw new MandateException("the stored events do not agree with the checkpoint the log signed at size " + cp.size()
                        + ": the store has been altered or lost events; refusing to start");
            }
        }
        CheckpointPublisher publisher = new CheckpointPublisher(tree, keys.signer(), last);
        return new Engine(state, tree, new Writer(state, store, tree, publisher, codec, clock, reads::publish, maxBatch), reads, store);
    }

    /** A secret ballot's participation event as the public log holds it, with its ballot put back from beside the log. */
    private static Event restore(Codec codec, Event e, Map<String, Map<String, String>> sealed) {
        if (e instanceof SealedVoteCast v && v.sealed() == null) {
            String json = sealed.getOrDefault(v.proposal().value(), Map.of()).get(v.voter().value());
            if (json != null) {
                try {
                    return new SealedVoteCast(v.at(), v.proposal(), v.voter(),
                            codec.mapper().readValue(json, org.mandate.core.proposal.ProposalEvent.Sealed.class));
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new MandateException("a sealed ballot of " + v.proposal() + " cannot be read back", ex);
                }
            }
        }
        return e;
    }

    /** The state readers query, apart from the writer's. */
    public ReadModel reads() {
        return reads;
    }

    /** The record as readers may fetch it: tiles, bundles, receipts, proofs at the latest durable checkpoint. */
    public PublicRecord record() {
        return record;
    }

    public Writer writer() {
        return writer;
    }

    /** The state, for the writer's thread and for tests; readers get their own view in the server. */
    Federation state() {
        return state;
    }

    public long size() {
        return tree.size();
    }

    /** The record's root over every stored event. */
    public byte[] root() {
        return tree.root();
    }

    @Override
    public void close() {
        writer.close();
        reads.close();
    }
}
