package org.mandate.record.history;

/**
 * The constants of the history file format, version 1:
 *
 * <pre>
 * "mandate-history v1\n"
 * "key " vkey "\n"
 * "checkpoint " L "\n"   then L bytes: the signed checkpoint note, UTF-8
 * "events " N "\n"
 * N times: uint32 big-endian length, 32-byte RFC 6962 leaf hash, the event's bytes
 * "end\n"
 * </pre>
 *
 * The checkpoint comes first so a verifier knows the size and root before streaming millions
 * of events. Each event carries its leaf hash so that, once those hashes are shown to lead to
 * the signed root, an altered event is named by its index instead of only spoiling the root.
 */
public final class HistoryFormat {

    public static final String MAGIC = "mandate-history v1";
    public static final String END = "end";
    /** Longest header line a reader accepts; a vkey or a count is far shorter. */
    static final int MAX_LINE = 4096;
    /** Largest checkpoint note a reader accepts: far beyond a note with a hundred signatures. */
    static final int MAX_NOTE = 1 << 20;

    private HistoryFormat() {
    }
}
