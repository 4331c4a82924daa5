package org.mandate.core.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/**
 * A body's delegation to a council for one term: who holds each seat (null for a vacant seat) and
 * the alternates, in order, who step in when a seat falls vacant. Mutated only by this package's evolve.
 */
public final class Delegation {
    private final BodyId council;
    private final BodyId body;
    private final List<MemberId> seats;
    private final List<MemberId> alternates;
    private final java.util.Set<MemberId> everHeld = new java.util.HashSet<>();
    private final Instant termStarts;
    private final Instant termEnds;
    private final ProposalId decision;
    private boolean ended;

    Delegation(BodyId council, BodyId body, List<MemberId> seats, List<MemberId> alternates, Instant termStarts, Instant termEnds,
            ProposalId decision) {
        this.council = council;
        this.body = body;
        this.seats = new ArrayList<>(seats);
        this.alternates = new ArrayList<>(alternates);
        seats.stream().filter(java.util.Objects::nonNull).forEach(everHeld::add);
        everHeld.addAll(alternates);
        this.termStarts = termStarts;
        this.termEnds = termEnds;
        this.decision = decision;
    }

    public BodyId council() { return council; }

    public BodyId body() { return body; }

    /** Seat holders by seat number; null marks a vacant seat. */
    public List<MemberId> seats() { return Collections.unmodifiableList(seats); }

    public List<MemberId> alternates() { return Collections.unmodifiableList(alternates); }

    public Instant termStarts() { return termStarts; }

    public Instant termEnds() { return termEnds; }

    public ProposalId decision() { return decision; }

    /** Whether the term is over: then every seat is vacant, whether or not a successor was elected. */
    public boolean ended() { return ended; }

    /** The seat this member holds now, or -1. */
    public int seatOf(MemberId member) {
        return ended ? -1 : seats.indexOf(member);
    }

    /** Everyone elected in this term, to delegate or alternate: rotation counts them as having served. */
    public List<MemberId> elected() {
        List<MemberId> all = new ArrayList<>();
        seats.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        all.addAll(alternates);
        return all;
    }

    /** Whether this member was elected to this term at any point, recalled or not: rotation counts the term as served. */
    public boolean everHeld(MemberId member) { return everHeld.contains(member); }

    void end() { ended = true; }

    void vacate(int seat) { seats.set(seat, null); }

    void fill(int seat, MemberId member) {
        seats.set(seat, member);
        everHeld.add(member);
        alternates.remove(member);
    }

    void dropAlternate(MemberId member) { alternates.remove(member); }
}
