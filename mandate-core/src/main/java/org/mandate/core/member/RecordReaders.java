package org.mandate.core.member;

import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;

/**
 * Who may read the federation's record. The record is one log shared by every body, so it can be
 * opened to everyone only when every body chose that in its charter: one body's choice must not
 * publish another's decisions. Otherwise the federation's members read it, and only they: a member
 * is someone who belongs to at least one of its assemblies now (registering alone admits nobody,
 * since anyone may register). See docs/decisions/2026-11-25-who-may-read-the-record.md.
 */
public final class RecordReaders {
    private RecordReaders() {}

    /** True when at least one body exists and every body's charter makes its record public. */
    public static boolean isPublic(Federation federation) {
        boolean any = false;
        for (Body body : federation.bodies()) {
            if (!body.charter().publicRecord()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether {@code reader} (null for someone not signed in) may read the record now. */
    public static boolean mayRead(Federation federation, MemberId reader) {
        if (isPublic(federation)) {
            return true;
        }
        Member member = federation.member(reader);
        return member != null && !member.bodyList().isEmpty();
    }
}
