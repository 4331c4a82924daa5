package org.mandate.core;

import java.util.regex.Pattern;

/**
 * The shape every identifier must have. Ids are chosen by callers (a readable slug or a UUID), so
 * scripts can refer to what they created; the shape keeps them safe to print, to put in a URL and to
 * sort.
 */
public final class Ids {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private Ids() {}

    public static boolean valid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /**
     * An id the federation makes for something it opens by itself (an admission vote, a by-election, a
     * recall petition after a breach): the readable form when it fits the shape, else one derived from
     * its SHA-256, so long ids of the things it is made from never make it invalid.
     */
    public static String derive(String readable) {
        if (valid(readable) && readable.length() <= 120) {
            return readable;
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(readable.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "id:" + java.util.HexFormat.of().formatHex(h, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new MandateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Ids reach the core through the codec, which has already checked them; a bad one here is a bug. */
    static void require(String value) {
        if (!valid(value)) {
            throw new MalformedId(value);
        }
    }

    /** Thrown when an id of the wrong shape is constructed; adapters turn it into a clear message. */
    public static final class MalformedId extends MandateException {
        private static final long serialVersionUID = 1L;

        MalformedId(String value) {
            super("an id must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; got "
                    + (value == null ? "nothing" : "'" + value + "'"));
        }
    }
}
