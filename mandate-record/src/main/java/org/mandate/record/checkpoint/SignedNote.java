package org.mandate.record.checkpoint;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: text ending in a newline, a blank line, then one line per signature,
 * {@code "— " name " " base64(keyID || signature) "\n"}. Parsing keeps the text exactly as
 * given, because the signature covers those bytes and no re-encoding of them.
 */
public record SignedNote(String text, List<Line> signatures) {

    private static final String DASH = "\u2014 ";
    /** Far above the 16 signatures C2SP asks verifiers to accept, far below anything harmful. */
    private static final int MAX_SIGNATURES = 100;

    /** One signature line: key name, key ID and the signature bytes after the ID. */
    public record Line(String keyName, int keyId, byte[] signature) {
        public Line {
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }
    }

    public SignedNote {
        checkText(text);
        signatures = List.copyOf(signatures);
    }

    public static SignedNote sign(String text, NoteSigner signer) {
        checkText(text);
        return new SignedNote(text, List.of(new Line(signer.name(), signer.verifier().keyId(), signer.sign(text))));
    }

    public String encode() {
        StringBuilder out = new StringBuilder(text).append('\n');
        for (Line line : signatures) {
            byte[] sig = ByteBuffer.allocate(4 + line.signature.length).putInt(line.keyId).put(line.signature).array();
            out.append(DASH).append(line.keyName).append(' ').append(Base64.getEncoder().encodeToString(sig)).append('\n');
        }
        return out.toString();
    }

    public static SignedNote parse(String note) {
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new MalformedNoteException("a signed note has no control characters other than newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new MalformedNoteException("a signed note is text, a blank line, and signature lines each ending in a newline");
        }
        String text = note.substring(0, split + 1);
        String[] lines = note.substring(split + 2).split("\n", -1);
        List<Line> signatures = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            signatures.add(parseLine(lines[i]));
        }
        if (signatures.isEmpty()) {
            throw new MalformedNoteException("the signed note carries no signature line");
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new MalformedNoteException("the signed note carries more than " + MAX_SIGNATURES + " signatures");
        }
        return new SignedNote(text, signatures);
    }

    private static Line parseLine(String line) {
        String[] parts = line.startsWith(DASH) ? line.substring(DASH.length()).split(" ", -1) : new String[0];
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw new MalformedNoteException("a signature line reads \"— name base64\", not \"" + line + "\"");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("the signature of " + parts[0] + " is not base64");
        }
        if (raw.length < 5) {
            throw new MalformedNoteException("the signature of " + parts[0] + " is too short to hold a key ID and a signature");
        }
        return new Line(parts[0], ByteBuffer.wrap(raw).getInt(), Arrays.copyOfRange(raw, 4, raw.length));
    }

    /**
     * How the note stands with one key. Following C2SP, signatures whose name and ID do not
     * both match are ignored; a matching one that fails makes the whole note bad.
     */
    public SignatureStatus check(NoteVerifier key) {
        boolean found = false;
        for (Line line : signatures) {
            if (line.keyName.equals(key.name()) && line.keyId == key.keyId()) {
                if (!key.verify(text, line.signature)) {
                    return SignatureStatus.INVALID;
                }
                found = true;
            }
        }
        return found ? SignatureStatus.VALID : SignatureStatus.ABSENT;
    }

    private static void checkText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new MalformedNoteException("a note text ends in a newline");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new MalformedNoteException("a note text has no control characters other than newline");
        }
    }
}
