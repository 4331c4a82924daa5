package org.mandate.record.proof;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.MalformedNoteException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;

/**
 * A receipt for one event: a C2SP tlog-proof ({@code c2sp.org/tlog-proof@v1}) whose
 * {@code extra} line carries the event's own bytes in base64. A bare tlog-proof proves that
 * some leaf sits at an index; with the bytes inside, the receipt proves what that event said.
 * The extra data is not trusted: verification hashes it and checks it against the signed tree.
 */
public record Receipt(byte[] event, long index, List<byte[]> proof, String checkpointNote) {

    public static final String HEADER = "c2sp.org/tlog-proof@v1";

    public Receipt {
        event = event.clone();
        proof = List.copyOf(proof);
    }

    @Override
    public byte[] event() {
        return event.clone();
    }

    /** The receipt for event {@code index}, whose stored bytes are {@code event}, under {@code checkpoint}. */
    public static Receipt issue(MerkleTree tree, long index, byte[] event, SignedCheckpoint checkpoint) {
        if (!java.util.Arrays.equals(Hashes.leafHash(event), tree.leafHash(index))) {
            throw new RecordException("the bytes given for event " + index + " are not the ones the log hashed");
        }
        return new Receipt(event, index, tree.inclusionProof(index, checkpoint.size()), checkpoint.note());
    }

    public String encode() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("extra ").append(Base64.getEncoder().encodeToString(event)).append('\n');
        out.append("index ").append(index).append('\n');
        for (byte[] h : proof) {
            out.append(Base64.getEncoder().encodeToString(h)).append('\n');
        }
        return out.append('\n').append(checkpointNote).toString();
    }

    public static Receipt parse(String text) {
        String[] lines = text.split("\n", -1);
        int at = 0;
        if (!lines[at++].equals(HEADER)) {
            throw new MalformedNoteException("a receipt starts with the line " + HEADER);
        }
        if (at >= lines.length || !lines[at].startsWith("extra ")) {
            throw new MalformedNoteException("this receipt has no extra line, so it does not carry the event's bytes");
        }
        byte[] event = base64(lines[at++].substring(6), "the extra line");
        if (at >= lines.length || !lines[at].matches("index (0|[1-9][0-9]{0,18})")) {
            throw new MalformedNoteException("a receipt's index line reads \"index N\" with N a decimal without leading zeroes");
        }
        long index = Long.parseLong(lines[at++].substring(6));
        List<byte[]> proof = new ArrayList<>();
        while (at < lines.length && !lines[at].isEmpty()) {
            byte[] h = base64(lines[at], "proof line " + (proof.size() + 1));
            if (h.length != Hashes.SIZE) {
                throw new MalformedNoteException("proof line " + (proof.size() + 1) + " is not a 32-byte hash");
            }
            proof.add(h);
            at++;
        }
        if (at >= lines.length) {
            throw new MalformedNoteException("the receipt ends before its checkpoint");
        }
        String note = String.join("\n", java.util.Arrays.copyOfRange(lines, at + 1, lines.length));
        return new Receipt(event, index, proof, note);
    }

    /** Checks the signature with the log's key, then that the event's bytes are at the index in the signed tree. */
    public Verdict verify(NoteVerifier logKey) {
        SignedCheckpoint signed;
        try {
            signed = SignedCheckpoint.parse(checkpointNote);
        } catch (MalformedNoteException e) {
            return Verdict.fails("the receipt's checkpoint is malformed: " + e.getMessage());
        }
        SignatureStatus status = signed.check(logKey);
        if (status != SignatureStatus.VALID) {
            return Verdict.fails(status == SignatureStatus.INVALID ? "the checkpoint's signature by " + logKey.name() + " does not verify"
                    : "the checkpoint is not signed by the key " + logKey.vkey());
        }
        Checkpoint c = signed.checkpoint();
        Verdict inclusion = ProofVerifier.verifyInclusion(index, c.size(), Hashes.leafHash(event), proof, c.root());
        return inclusion.ok() ? inclusion : Verdict.fails("event " + index + " is not proven in the tree of size " + c.size() + ": " + inclusion.reason());
    }

    private static byte[] base64(String s, String what) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException(what + " of the receipt is not base64");
        }
    }
}
