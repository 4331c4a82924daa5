package org.mandate.record.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The private half of a log key. Its text form follows the Go note package's signer key,
 * {@code PRIVATE+KEY+name+hexkeyid+base64(0x01||seed)}, so the key can be used by standard tools.
 */
public final class NoteSigner {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final NoteVerifier verifier;

    private NoteSigner(String name, byte[] seed) {
        this.seed = seed.clone();
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        this.verifier = new NoteVerifier(name, publicKey);
    }

    public static NoteSigner generate(String name, SecureRandom random) {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        Ed25519.generatePrivateKey(random, seed);
        return new NoteSigner(name, seed);
    }

    public static NoteSigner parse(String skey) {
        String s = skey.strip();
        if (!s.startsWith(PREFIX)) {
            throw new MalformedNoteException("a signer key starts with " + PREFIX);
        }
        String[] parts = s.substring(PREFIX.length()).split("\\+", 3);
        byte[] key;
        try {
            key = parts.length == 3 ? Base64.getDecoder().decode(parts[2]) : new byte[0];
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 33 || key[0] != KeyIds.ED25519) {
            throw new MalformedNoteException("the signer key is not PRIVATE+KEY+name+keyid+base64(0x01||32-byte seed)");
        }
        NoteSigner signer = new NoteSigner(parts[0], Arrays.copyOfRange(key, 1, 33));
        if (!parts[1].equals(HexFormat.of().toHexDigits(signer.verifier.keyId()))) {
            throw new MalformedNoteException("the signer key's ID " + parts[1] + " does not match its name and key");
        }
        return signer;
    }

    public String skey() {
        byte[] typed = new byte[33];
        typed[0] = KeyIds.ED25519;
        System.arraycopy(seed, 0, typed, 1, 32);
        return PREFIX + verifier.name() + "+" + HexFormat.of().toHexDigits(verifier.keyId()) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    public NoteVerifier verifier() {
        return verifier;
    }

    public String name() {
        return verifier.name();
    }

    /** The 64-byte RFC 8032 Ed25519 signature of the note text's UTF-8 bytes. */
    public byte[] sign(String text) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifier.vkey() + "]";
    }
}
