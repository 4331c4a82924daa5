package org.mandate.core.petition;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;

/**
 * A petition and its signatures. For a recall, {@code target} is the member recalled and either
 * {@code council} (as delegate to it) or {@code office} names the role. Mutated only by {@link PetitionRules}.
 */
public final class Petition {
    private final String id;
    private final PetitionKind kind;
    private final BodyId body;
    private final MemberId openedBy;
    private final Instant openedAt;
    private final String title;
    private final String text;
    private final MemberId target;
    private final BodyId council;
    private final String office;
    private final long membersNeeded;
    private final long bodiesNeeded;
    private final Set<MemberId> members = new LinkedHashSet<>();
    private final Set<BodyId> bodies = new LinkedHashSet<>();
    private boolean succeeded;

    Petition(String id, PetitionKind kind, BodyId body, MemberId openedBy, Instant openedAt, String title, String text,
            MemberId target, BodyId council, String office, long membersNeeded, long bodiesNeeded) {
        this.membersNeeded = membersNeeded;
        this.bodiesNeeded = bodiesNeeded;
        this.id = id;
        this.kind = kind;
        this.body = body;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.title = title;
        this.text = text;
        this.target = target;
        this.council = council;
        this.office = office;
    }

    public String id() { return id; }

    public PetitionKind kind() { return kind; }

    /** Where signatures are gathered: the recalled member's body, or the council for a referendum or a congress. */
    public BodyId body() { return body; }

    /** Who opened it; null when a recorded mandate breach opened it under the body's charter. */
    public MemberId openedBy() { return openedBy; }

    public Instant openedAt() { return openedAt; }

    public String title() { return title; }

    public String text() { return text; }

    public MemberId target() { return target; }

    public BodyId council() { return council; }

    public String office() { return office; }

    /** Signatures of people that make it succeed, fixed at its opening; 0 where people do not sign. */
    public long membersNeeded() { return membersNeeded; }

    /** Signatures of member bodies that make it succeed, fixed at its opening; 0 where bodies do not sign. */
    public long bodiesNeeded() { return bodiesNeeded; }

    public Set<MemberId> memberSignatures() { return Collections.unmodifiableSet(members); }

    public Set<BodyId> bodySignatures() { return Collections.unmodifiableSet(bodies); }

    public boolean succeeded() { return succeeded; }

    /** The role a recall petition targets, in words. */
    public String role() {
        return council != null ? "the seat of " + body + " in " + council : "the office of " + office + " of " + body;
    }

    void sign(MemberId member) { members.add(member); }

    void sign(BodyId signer) { bodies.add(signer); }

    void succeed() { succeeded = true; }
}
