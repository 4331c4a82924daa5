package org.mandate.record.checkpoint;

/**
 * A checkpoint together with the signed note that carries it. {@link #note()} is the exact text
 * served at {@code <prefix>/checkpoint} and embedded in receipts and histories.
 */
public record SignedCheckpoint(Checkpoint checkpoint, String note) {

    public static SignedCheckpoint parse(String note) {
        SignedNote parsed = SignedNote.parse(note);
        return new SignedCheckpoint(Checkpoint.parse(parsed.text()), note);
    }

    public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner signer) {
        return new SignedCheckpoint(checkpoint, SignedNote.sign(checkpoint.text(), signer).encode());
    }

    public SignatureStatus check(NoteVerifier key) {
        return SignedNote.parse(note).check(key);
    }

    public long size() {
        return checkpoint.size();
    }
}
