package org.mandate.record.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The public half of a log key: an Ed25519 signed-note verifier. Its text form is the verifier
 * key ("vkey") used by the Go note package and C2SP tooling: {@code name+hexkeyid+base64(0x01||pubkey)}.
 */
public final class NoteVerifier {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;

    public NoteVerifier(String name, byte[] publicKey) {
        KeyIds.checkName(name);
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
            throw new MalformedNoteException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.keyId = KeyIds.ed25519(name, publicKey);
    }

    /** Parses a vkey; the key ID in it must be the one C2SP recommends for this name and key. */
    public static NoteVerifier parse(String vkey) {
        // At most three parts: the base64 key itself may contain a plus.
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new MalformedNoteException("a verifier key reads name+8hexdigits+base64key, not \"" + vkey.strip() + "\"");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("the key part of verifier key \"" + vkey.strip() + "\" is not base64");
        }
        if (key.length != 33 || key[0] != KeyIds.ED25519) {
            throw new MalformedNoteException("verifier key \"" + vkey.strip() + "\" is not an Ed25519 key (type 0x01 and 32 bytes)");
        }
        NoteVerifier v = new NoteVerifier(parts[0], Arrays.copyOfRange(key, 1, 33));
        if (v.keyId != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new MalformedNoteException("verifier key \"" + vkey.strip() + "\" names key ID " + parts[1]
                    + " but its name and key give " + HexFormat.of().toHexDigits(v.keyId));
        }
        return v;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String vkey() {
        byte[] typed = new byte[33];
        typed[0] = KeyIds.ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** Whether {@code signature} (64 bytes, without the key ID) is this key's signature of {@code text}. */
    public boolean verify(String text, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        return Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteVerifier v && v.name.equals(name) && Arrays.equals(v.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return vkey();
    }
}
