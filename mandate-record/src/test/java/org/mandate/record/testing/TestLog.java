package org.mandate.record.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryWriter;
import org.mandate.record.merkle.MerkleTree;

/** A small signed log for tests, and its exported history. */
public final class TestLog {

    public final NoteSigner signer;
    public final List<byte[]> events = new ArrayList<>();
    public final MerkleTree tree = new MerkleTree();

    public TestLog(NoteSigner signer) {
        this.signer = signer;
    }

    public static NoteSigner newKey() {
        return NoteSigner.generate("fed.example/record", new SecureRandom());
    }

    public TestLog append(String... jsons) {
        for (String j : jsons) {
            byte[] e = j.getBytes(StandardCharsets.UTF_8);
            events.add(e);
            tree.append(e);
        }
        return this;
    }

    public TestLog appendNumbered(int from, int to) {
        for (int i = from; i < to; i++) {
            append("{\"body\":\"b" + (i % 7) + "\",\"seq\":" + i + ",\"type\":\"MemberAdmitted\"}");
        }
        return this;
    }

    public SignedCheckpoint checkpoint() {
        return SignedCheckpoint.sign(new Checkpoint(signer.name(), tree.size(), tree.root()), signer);
    }

    public byte[] history() {
        return history(Optional.empty());
    }

    public byte[] history(Optional<SignedCheckpoint> cp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedCheckpoint c = cp.orElseGet(this::checkpoint);
        HistoryWriter.export(out, signer.verifier(), c, i -> events.get((int) i));
        return out.toByteArray();
    }
}
