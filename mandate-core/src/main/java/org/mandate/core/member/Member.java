package org.mandate.core.member;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;

/** A registered member and the assemblies they belong to now. Mutated only by evolve. */
public final class Member {
    private final MemberId id;
    private final Instant registeredAt;
    /** Most members belong to one or two assemblies: a small array costs a tenth of a set. */
    private BodyId[] bodies = NONE;
    private static final BodyId[] NONE = new BodyId[0];

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
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(bodies)));
    }

    /** The same as {@link #bodies()}, without a copy: for counts that visit every member. */
    public java.util.List<BodyId> bodyList() {
        return java.util.Collections.unmodifiableList(Arrays.asList(bodies));
    }

    public void joined(BodyId body) {
        if (!Arrays.asList(bodies).contains(body)) {
            bodies = Arrays.copyOf(bodies, bodies.length + 1);
            bodies[bodies.length - 1] = body;
        }
    }

    public void left(BodyId body) {
        bodies = Arrays.stream(bodies).filter(b -> !b.equals(body)).toArray(BodyId[]::new);
    }
}
