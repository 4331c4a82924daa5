package org.mandate.server.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalEvent;

/**
 * The orders readers page through and the state does not keep: bodies and each body's members sorted
 * by id, each body's proposals, petitions and mandated items in the order the record made them, the
 * voters of each vote sorted, and the offices and seats each member was ever elected to. Folded by the
 * read model's thread right after the state, so a page costs its own size and never a sort.
 */
public final class Indexes {
    /** A member body's delegation to a council, named by both. */
    public record Delegated(BodyId council, BodyId body) {}

    private final TreeMap<String, BodyId> bodies = new TreeMap<>();
    private final Map<BodyId, TreeSet<String>> members = new HashMap<>();
    private final Map<BodyId, List<ProposalId>> proposals = new HashMap<>();
    private final List<ProposalId> referendums = new ArrayList<>();
    private final Map<ProposalId, Voters> voters = new HashMap<>();
    private final Map<BodyId, List<String>> petitions = new HashMap<>();
    private final Map<BodyId, List<ProposalId>> mandated = new HashMap<>();
    private final Map<MemberId, Set<BodyId>> offices = new HashMap<>();
    private final Map<MemberId, Set<Delegated>> delegations = new HashMap<>();

    /** Every body by id. */
    public NavigableMap<String, BodyId> bodies() {
        return Collections.unmodifiableNavigableMap(bodies);
    }

    /** A body's members by id: people for an assembly, bodies for a council. */
    public NavigableSet<String> members(BodyId body) {
        TreeSet<String> m = members.get(body);
        return m == null ? Collections.emptyNavigableSet() : Collections.unmodifiableNavigableSet(m);
    }

    /** A body's proposals, oldest first: the list only grows, so a position in it is a stable cursor. */
    public List<ProposalId> proposals(BodyId body) {
        return Collections.unmodifiableList(proposals.getOrDefault(body, List.of()));
    }

    /** Every referendum, oldest first. */
    public List<ProposalId> referendums() {
        return Collections.unmodifiableList(referendums);
    }

    /** Who took part in a vote, sorted; null before anyone did. */
    public Voters voters(ProposalId proposal) {
        return voters.get(proposal);
    }

    /** Petitions gathering signatures in a body, oldest first. */
    public List<String> petitions(BodyId body) {
        return Collections.unmodifiableList(petitions.getOrDefault(body, List.of()));
    }

    /** Council items on which a body gave its delegates a mandate, in the order it first did. */
    public List<ProposalId> mandated(BodyId body) {
        return Collections.unmodifiableList(mandated.getOrDefault(body, List.of()));
    }

    /** Bodies in which the member was ever elected to an office. */
    public Set<BodyId> offices(MemberId member) {
        return Collections.unmodifiableSet(offices.getOrDefault(member, Set.of()));
    }

    /** Delegations the member was ever elected to, as delegate or alternate. */
    public Set<Delegated> delegations(MemberId member) {
        return Collections.unmodifiableSet(delegations.getOrDefault(member, Set.of()));
    }

    /** Folds one event the state has just folded. */
    void fold(Federation state, Event event) {
        switch (event) {
            case BodyEvent e -> body(state, e);
            case ProposalEvent e -> proposal(state, e);
            case PetitionEvent.PetitionOpened e -> petitions.computeIfAbsent(e.body(), k -> new ArrayList<>()).add(e.petition());
            case CouncilEvent e -> council(e);
            case OfficeEvent.OfficeFilled e -> e.holders().forEach(m -> offices.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(e.body()));
            default -> { }
        }
    }

    private void body(Federation state, BodyEvent event) {
        switch (event) {
            case BodyEvent.AssemblyFounded e -> {
                bodies.put(e.body().value(), e.body());
                person(state, e.body(), e.founder());
            }
            case BodyEvent.CouncilFounded e -> {
                bodies.put(e.body().value(), e.body());
                memberBody(state, e.body(), e.founder());
            }
            case BodyEvent.FounderJoined e -> person(state, e.body(), e.member());
            case BodyEvent.MemberAdmitted e -> person(state, e.body(), e.member());
            case BodyEvent.MemberLeft e -> person(state, e.body(), e.member());
            case BodyEvent.MemberExpelled e -> person(state, e.body(), e.member());
            case BodyEvent.FounderBodyJoined e -> memberBody(state, e.body(), e.member());
            case BodyEvent.BodyAdmitted e -> memberBody(state, e.body(), e.member());
            case BodyEvent.BodySeceded e -> memberBody(state, e.body(), e.member());
            case BodyEvent.AffiliationEnded e -> memberBody(state, e.body(), e.member());
            default -> { }
        }
    }

    /** The state says whether the member is in the body after the event; the index follows it. */
    private void person(Federation state, BodyId id, MemberId member) {
        Body body = state.body(id);
        sync(id, member.value(), body != null && body.hasMember(member));
    }

    private void memberBody(Federation state, BodyId council, BodyId member) {
        Body body = state.body(council);
        sync(council, member.value(), body != null && body.memberBodies().containsKey(member));
    }

    private void sync(BodyId body, String member, boolean in) {
        if (in) {
            members.computeIfAbsent(body, k -> new TreeSet<>()).add(member);
        } else {
            TreeSet<String> m = members.get(body);
            if (m != null) {
                m.remove(member);
            }
        }
    }

    private void proposal(Federation state, ProposalEvent event) {
        if (event instanceof ProposalEvent.ProposalSubmitted e) {
            proposals.computeIfAbsent(e.body(), k -> new ArrayList<>()).add(e.proposal());
            if (e.motion() instanceof Motion.Referendum) {
                referendums.add(e.proposal());
            }
            return;
        }
        Proposal p = state.proposal(event.proposal());
        switch (event) {
            case ProposalEvent.VoteCast e -> votersOf(e.proposal()).add(e.voter().value());
            case ProposalEvent.SealedVoteCast e -> votersOf(e.proposal()).add(e.voter().value());
            case ProposalEvent.BodyVoteCast e -> votersOf(e.proposal()).add(e.body().value());
            case ProposalEvent.ObjectionWithdrawn e -> votersOf(e.proposal()).add(e.member().value());
            case ProposalEvent.AmendmentAccepted e -> votersOf(e.proposal()).removeAll(e.voidedBodyVotes());
            case ProposalEvent.AmendmentSettled e -> votersOf(e.proposal()).removeAll(e.adopted() ? e.voidedBodyVotes() : List.of());
            case ProposalEvent.ProposalClosed e -> votersOf(e.proposal()).freeze();
            case ProposalEvent.ProposalWithdrawn e -> votersOf(e.proposal()).freeze();
            default -> { }
        }
        Voters v = voters.get(event.proposal());
        // The proposal's own count of participants is the truth; should an event ever change it in a way
        // not followed above, the index takes the proposal's names rather than drift from them.
        if (v != null && p != null && v.size() != p.participants().size()) {
            v.reset(p.participants());
        }
    }

    private Voters votersOf(ProposalId proposal) {
        return voters.computeIfAbsent(proposal, k -> new Voters());
    }

    private void council(CouncilEvent event) {
        switch (event) {
            case CouncilEvent.MandateGiven e when e.item() != null -> {
                List<ProposalId> items = mandated.computeIfAbsent(e.body(), k -> new ArrayList<>());
                if (!items.contains(e.item())) {
                    items.add(e.item());
                }
            }
            case CouncilEvent.DelegatesElected e -> {
                Delegated d = new Delegated(e.council(), e.body());
                e.delegates().forEach(m -> delegations.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(d));
                e.alternates().forEach(m -> delegations.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(d));
            }
            case CouncilEvent.SeatFilled e ->
                    delegations.computeIfAbsent(e.member(), k -> new LinkedHashSet<>()).add(new Delegated(e.council(), e.body()));
            default -> { }
        }
    }
}
