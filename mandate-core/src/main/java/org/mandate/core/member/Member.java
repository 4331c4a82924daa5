package org.mandate.core.member;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;

/** A registered member and the assemblies they belong to now. Mutated only by evolve. */
public final class Member {
    private final MemberId id;
    private final Instant registeredAt;
    private final Set<BodyId> bodies = new LinkedHashSet<>(2);

    public Member(MemberId id, Instant registeredAt) {
        this.id = id;
        this.registeredAt = registeredAt;
    }

    public MemberId id() {
        return id;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** The assemblies this member belongs to now, in the order they joined. */
    public Set<BodyId> bodies() {
        return java.util.Collections.unmodifiableSet(bodies);
    }

    public void joined(BodyId body) {
        bodies.add(body);
    }

    public void left(BodyId body) {
        bodies.remove(body);
    }
}
