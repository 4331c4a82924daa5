package org.mandate.record.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

import org.mandate.record.RecordException;

/**
 * The log's Ed25519 key pair on disk: {@value #PRIVATE_FILE} (the signer key, owner read/write
 * only) and {@value #PUBLIC_FILE} (the verifier key, for anyone) in the server's data directory.
 * The key name is the log's origin, as C2SP tlog-checkpoint asks.
 */
public record LogKeys(NoteSigner signer) {

    public static final String PRIVATE_FILE = "log-key.private";
    public static final String PUBLIC_FILE = "log-key.vkey";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public NoteVerifier verifier() {
        return signer.verifier();
    }

    public String origin() {
        return signer.name();
    }

    /**
     * Creates a new key pair for {@code origin}. Refuses to replace an existing private key: a
     * log that loses its key loses the ability to extend what it signed.
     */
    public static LogKeys generate(Path dataDir, String origin) {
        KeyIds.checkName(origin);
        return install(dataDir, NoteSigner.generate(origin, new SecureRandom()));
    }

    /**
     * Writes an existing key pair into {@code dataDir}, as when a log moves to a new server and keeps
     * signing under its published key. Refuses to replace an existing private key.
     */
    public static LogKeys install(Path dataDir, NoteSigner signer) {
        Path privateFile = dataDir.resolve(PRIVATE_FILE);
        try {
            Files.createDirectories(dataDir);
            Path created;
            try {
                created = Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                created = Files.createFile(privateFile);
            }
            Files.writeString(created, signer.skey() + "\n", StandardCharsets.UTF_8);
            Files.writeString(dataDir.resolve(PUBLIC_FILE), signer.verifier().vkey() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new RecordException("a log key already exists at " + privateFile + "; it is never overwritten", e);
        } catch (IOException e) {
            throw new RecordException("cannot write the log key under " + dataDir + ": " + e.getMessage(), e);
        }
        return new LogKeys(signer);
    }

    /** Loads the key pair; refuses a private key that others than its owner can read. */
    public static LogKeys load(Path dataDir) {
        Path privateFile = dataDir.resolve(PRIVATE_FILE);
        try {
            if (!Files.exists(privateFile)) {
                throw new RecordException("no log key at " + privateFile + "; generate one first");
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(privateFile);
                if (!OWNER_ONLY.containsAll(perms)) {
                    throw new RecordException("the log key " + privateFile + " is readable by others ("
                            + PosixFilePermissions.toString(perms) + "); restrict it to rw------- (chmod 600)");
                }
            } catch (UnsupportedOperationException notPosix) {
                // No POSIX permissions on this file system; nothing to check.
            }
            NoteSigner signer = NoteSigner.parse(Files.readString(privateFile, StandardCharsets.UTF_8));
            Path publicFile = dataDir.resolve(PUBLIC_FILE);
            if (Files.exists(publicFile)
                    && !NoteVerifier.parse(Files.readString(publicFile, StandardCharsets.UTF_8)).equals(signer.verifier())) {
                throw new RecordException(publicFile + " does not hold the public half of " + privateFile);
            }
            return new LogKeys(signer);
        } catch (IOException e) {
            throw new RecordException("cannot read the log key " + privateFile + ": " + e.getMessage(), e);
        }
    }

    /** The checkpoint origin for a log served at {@code urlPrefix}: the prefix without scheme and trailing slashes. */
    public static String originOf(String urlPrefix) {
        String s = urlPrefix.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        KeyIds.checkName(s);
        return s;
    }
}
