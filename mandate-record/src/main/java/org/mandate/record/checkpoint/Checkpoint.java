package org.mandate.record.checkpoint;

import java.util.Arrays;
import java.util.Base64;

import org.mandate.record.merkle.Hashes;

/**
 * The body of a C2SP tlog-checkpoint: origin, tree size and root hash, one per line. We write
 * no extension lines (the spec advises against them) and ignore any we read.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.chars().anyMatch(c -> c < 0x21 || c == '+')) {
            throw new MalformedNoteException("a checkpoint origin is non-empty, without spaces, control characters or '+': \"" + origin + "\"");
        }
        if (size < 0) {
            throw new MalformedNoteException("a tree size is not negative: " + size);
        }
        if (root == null || root.length != Hashes.SIZE) {
            throw new MalformedNoteException("a checkpoint root hash has 32 bytes");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    /** The note text: exactly three lines, each ending in a newline. */
    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new MalformedNoteException("checkpoint text does not end in a newline");
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 4) {
            throw new MalformedNoteException("a checkpoint has at least three lines (origin, size, root); this one has " + (lines.length - 1));
        }
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].isEmpty()) {
                throw new MalformedNoteException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        String sizeText = lines[1];
        if (!sizeText.matches("0|[1-9][0-9]{0,18}")) {
            throw new MalformedNoteException("checkpoint size \"" + sizeText + "\" is not a decimal without leading zeroes");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("checkpoint root \"" + lines[2] + "\" is not base64");
        }
        if (root.length != Hashes.SIZE || !Base64.getEncoder().encodeToString(root).equals(lines[2])) {
            throw new MalformedNoteException("checkpoint root \"" + lines[2] + "\" is not the base64 of a 32-byte hash");
        }
        return new Checkpoint(lines[0], Long.parseLong(sizeText), root);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.origin.equals(origin) && c.size == size && Arrays.equals(c.root, root);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(root);
    }

    @Override
    public String toString() {
        return origin + " size " + size + " root " + Hashes.hex(root);
    }
}
