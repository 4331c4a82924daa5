package org.mandate.core;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mandate.core.body.Body;
import org.mandate.core.clock.Schedule;
import org.mandate.core.member.Member;
import org.mandate.core.proposal.Proposal;

/**
 * The state of one federation, as folded from its events. Only {@link Mandate#evolve} changes it,
 * inside the single writer; everything else reads.
 */
public final class Federation {
    private Instant clock = Instant.EPOCH;
    private final Map<MemberId, Member> members = new HashMap<>();
    private final Map<BodyId, Body> bodies = new LinkedHashMap<>();
    private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    private final Schedule schedule = new Schedule();
    private final org.mandate.core.council.Sessions sessions = new org.mandate.core.council.Sessions();
    private final org.mandate.core.office.Offices offices = new org.mandate.core.office.Offices();
    private final org.mandate.core.petition.Petitions petitions = new org.mandate.core.petition.Petitions();
    private final org.mandate.core.credit.Ledgers credit = new org.mandate.core.credit.Ledgers();
    private final org.mandate.core.plan.Plans plans = new org.mandate.core.plan.Plans();
    private long events;

    public Instant clock() { return clock; }

    /**
     * How many events the state has folded. During {@code evolve}, this is the number of the event being
     * folded: the record's order, used to freeze voter rolls exactly.
     */
    public long eventCount() { return events; }

    public Member member(MemberId id) { return id == null ? null : members.get(id); }

    public Body body(BodyId id) { return id == null ? null : bodies.get(id); }

    public Proposal proposal(ProposalId id) { return id == null ? null : proposals.get(id); }

    public Collection<Body> bodies() { return Collections.unmodifiableCollection(bodies.values()); }

    public Collection<Proposal> proposals() { return Collections.unmodifiableCollection(proposals.values()); }

    public int memberCount() { return members.size(); }

    public Schedule schedule() { return schedule; }

    /** Councils' delegations, mandates, seat votes and congresses. */
    public org.mandate.core.council.Sessions sessions() { return sessions; }

    /** Every body's offices, their holders and what they did. */
    public org.mandate.core.office.Offices offices() { return offices; }

    /** Petitions for recalls, referendums and congresses, with their signatures. */
    public org.mandate.core.petition.Petitions petitions() { return petitions; }

    /** Councils' mutual credit: accounts, limits, invoices and clearings. */
    public org.mandate.core.credit.Ledgers credit() { return credit; }

    /** Plan periods: statements, rounds, proposals, ratifications and adoptions. */
    public org.mandate.core.plan.Plans plans() { return plans; }

    public void add(Member member) { members.put(member.id(), member); }

    public void add(Body body) { bodies.put(body.id(), body); }

    public void add(Proposal proposal) { proposals.put(proposal.id(), proposal); }

    void advance(Event event) {
        if (event.at().isAfter(clock)) {
            clock = event.at();
        }
        events++;
    }

    /**
     * Whether {@code from} reaches {@code to} going up through the councils it belongs to (a body
     * reaches itself). Adding "body joins council" closes a cycle exactly when the council reaches the body.
     */
    public boolean reachesUpward(BodyId from, BodyId to) {
        Deque<BodyId> todo = new ArrayDeque<>();
        Set<BodyId> seen = new HashSet<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            BodyId b = todo.pop();
            if (b.equals(to)) {
                return true;
            }
            if (seen.add(b)) {
                Body body = bodies.get(b);
                if (body != null) {
                    body.councils().keySet().forEach(todo::push);
                }
            }
        }
        return false;
    }

    /** The people beneath a body now: its members, or for a council the members of every assembly under it, each once. */
    public Set<MemberId> peopleBeneath(BodyId id) {
        Set<MemberId> people = new HashSet<>();
        Deque<BodyId> todo = new ArrayDeque<>();
        Set<BodyId> seen = new HashSet<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            Body body = bodies.get(todo.pop());
            if (body == null || !seen.add(body.id())) {
                continue;
            }
            if (body.isAssembly()) {
                people.addAll(body.members().keySet());
            } else {
                body.memberBodies().keySet().forEach(todo::push);
            }
        }
        return people;
    }
}
