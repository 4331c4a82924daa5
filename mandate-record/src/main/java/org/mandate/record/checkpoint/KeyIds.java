package org.mandate.record.checkpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.mandate.record.merkle.Hashes;

/** C2SP signed-note key IDs and key names. */
final class KeyIds {

    /** The signed-note signature type of Ed25519. */
    static final byte ED25519 = 0x01;

    private KeyIds() {
    }

    /** key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte Ed25519 public key)[:4], big-endian. */
    static int ed25519(String name, byte[] publicKey) {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        in.write(0x0A);
        in.write(ED25519);
        in.writeBytes(publicKey);
        byte[] h = Hashes.sha256(in.toByteArray());
        return ((h[0] & 0xFF) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.codePoints().anyMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c < 0x20)) {
            throw new MalformedNoteException("a key name is non-empty and has no spaces or '+': \"" + name + "\"");
        }
    }
}
