package org.mandate.core.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/** One term of an office: its holders, its permissions, when the term ends. Mutated only by {@link OfficeRules}. */
public final class Office {
    private final BodyId body;
    private final String name;
    private final Set<Permission> permissions;
    private final List<MemberId> holders;
    private final List<MemberId> elected;
    private final Instant termEnds;
    private final ProposalId decision;
    private boolean ended;

    Office(BodyId body, String name, Set<Permission> permissions, List<MemberId> holders, Instant termEnds, ProposalId decision) {
        this.body = body;
        this.name = name;
        this.permissions = Set.copyOf(permissions);
        this.holders = new ArrayList<>(holders);
        this.elected = List.copyOf(holders);
        this.termEnds = termEnds;
        this.decision = decision;
    }

    public BodyId body() { return body; }

    public String name() { return name; }

    public Set<Permission> permissions() { return permissions; }

    public List<MemberId> holders() { return Collections.unmodifiableList(holders); }

    /** Everyone elected to this term, including any recalled since. */
    public List<MemberId> elected() { return elected; }

    public Instant termEnds() { return termEnds; }

    public ProposalId decision() { return decision; }

    public boolean ended() { return ended; }

    public boolean heldBy(MemberId member) { return !ended && holders.contains(member); }

    void end() { ended = true; }

    void vacate(MemberId member) { holders.remove(member); }
}
