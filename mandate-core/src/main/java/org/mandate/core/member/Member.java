package org.mandate.core.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;

/**
 * A registered member and the assemblies they belong to, now and before. Mutated only by evolve.
 * Memberships are numbered by the record's events, as the bodies' own histories are, so a count can
 * ask which assemblies a member belonged to at a vote's freeze without visiting every body.
 */
public final class Member {
    private final MemberId id;
    private final Instant registeredAt;
    /** Most members belong to one or two assemblies: small arrays cost a tenth of a set. */
    private BodyId[] bodies = NONE;
    private long[] since = new long[0];
    private List<Former> former;
    private static final BodyId[] NONE = new BodyId[0];

    private record Former(BodyId body, long from, long until) {}

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
    public List<BodyId> bodyList() {
        return java.util.Collections.unmodifiableList(Arrays.asList(bodies));
    }

    /** The assemblies this member belonged to just before event number {@code seq}. */
    public List<BodyId> bodiesAt(long seq) {
        List<BodyId> out = new ArrayList<>(bodies.length);
        for (int i = 0; i < bodies.length; i++) {
            if (since[i] < seq) {
                out.add(bodies[i]);
            }
        }
        if (former != null) {
            for (Former f : former) {
                if (f.from() < seq && seq <= f.until() && !out.contains(f.body())) {
                    out.add(f.body());
                }
            }
        }
        return out;
    }

    /** Joined {@code body} at event number {@code seq}. */
    public void joined(BodyId body, long seq) {
        if (!Arrays.asList(bodies).contains(body)) {
            bodies = Arrays.copyOf(bodies, bodies.length + 1);
            bodies[bodies.length - 1] = body;
            since = Arrays.copyOf(since, since.length + 1);
            since[since.length - 1] = seq;
        }
    }

    /** Left {@code body} at event number {@code seq}. */
    public void left(BodyId body, long seq) {
        int i = Arrays.asList(bodies).indexOf(body);
        if (i < 0) {
            return;
        }
        if (former == null) {
            former = new ArrayList<>(1);
        }
        former.add(new Former(body, since[i], seq));
        BodyId[] b = new BodyId[bodies.length - 1];
        long[] s = new long[since.length - 1];
        for (int j = 0, k = 0; j < bodies.length; j++) {
            if (j != i) {
                b[k] = bodies[j];
                s[k++] = since[j];
            }
        }
        bodies = b;
        since = s;
    }
}
