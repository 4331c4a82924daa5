package org.mandate.web.home;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.council.SessionRules;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.member.Member;
import org.mandate.core.petition.Petition;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.Roll;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * The first page. For a visitor: what the federation is made of. For a member, "my federation": what
 * awaits their vote, the petitions they can sign, the items their bodies must still mandate, and how
 * their bodies' delegates voted against their mandates.
 */
public record HomeView(int members, List<Ref> councils, List<Ref> assemblies, Mine mine) {

    /** What concerns the signed-in member; null for a visitor. {@code registered} is false until they are in the record. */
    public record Mine(String id, boolean registered, List<Ref> assemblies, List<Ref> councils, List<Ref> awaiting,
            List<Ref> seatItems, List<Ref> petitions, List<Ref> referrals, List<DelegateVote> votes) {}

    /** One seat vote by a delegate of the member's body, beside the mandate it answered to. */
    public record DelegateVote(Ref item, Ref delegate, String body, String ballot, String mandate, boolean breach) {}

    /** How many of the latest delegate votes the page lists. */
    static final int RECENT_VOTES = 12;

    public static HomeView of(Federation state, MemberId viewer, Text t) {
        List<Ref> councils = new ArrayList<>();
        List<Ref> assemblies = new ArrayList<>();
        for (Body b : sorted(state.bodies())) {
            if (b.isCouncil()) {
                councils.add(Ref.body(b, t.plain("note.council", b.axis(), b.memberBodies().size())));
            } else {
                assemblies.add(Ref.body(b, t.plain("note.members", b.members().size())));
            }
        }
        return new HomeView(state.memberCount(), councils, assemblies, viewer == null ? null : mine(state, viewer, t));
    }

    private static Mine mine(Federation state, MemberId me, Text t) {
        Member member = state.member(me);
        if (member == null) {
            return new Mine(me.value(), false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Set<BodyId> own = member.bodies();
        Set<BodyId> above = above(state, own);
        List<Ref> assemblies = own.stream().map(state::body).map(b -> Ref.body(b, t.plain("note.members", b.members().size()))).toList();
        List<Ref> councils = above.stream().map(state::body).map(b -> Ref.body(b, b.axis())).toList();
        List<Ref> awaiting = new ArrayList<>();
        List<Ref> seatItems = new ArrayList<>();
        List<Ref> referrals = new ArrayList<>();
        List<DelegateVote> votes = new ArrayList<>();
        for (Proposal p : state.proposals()) {
            boolean open = p.phase() == Phase.VOTING || p.phase() == Phase.DELIBERATION;
            if (p.phase() == Phase.VOTING && !(p.roll() instanceof Roll.Seats) && p.onRoll(me.value()) && !p.hasVoted(me.value())) {
                awaiting.add(Ref.proposal(p, t.plain("note.closes", Words.when(p.closesAt()))));
            }
            if (p.roll() instanceof Roll.Seats && above.contains(p.body())) {
                ItemBook book = state.sessions().item(p.id());
                for (BodyId b : own) {
                    Delegation d = state.sessions().delegation(p.body(), b);
                    if (p.phase() == Phase.VOTING && d != null && d.seatOf(me) >= 0
                            && (book == null || !book.votes().containsKey(b.value() + "#" + d.seatOf(me)))) {
                        seatItems.add(Ref.proposal(p, t.plain("note.seat", b.value())));
                    }
                    if (open && book != null && book.referred().contains(b)) {
                        referrals.add(Ref.proposal(p, t.plain("note.referred", state.body(b).name())));
                    }
                }
                if (book != null) {
                    for (SeatVote v : book.votes().values()) {
                        if (own.contains(v.body())) {
                            GivenMandate m = SessionRules.mandate(state, p.body(), v.body(), p);
                            votes.add(new DelegateVote(Ref.proposal(p, state.body(p.body()).name()), Ref.member(v.delegate().value(), ""),
                                    v.body().value(), v.ballot() == null ? t.plain("ballot.split") : v.ballot().words(),
                                    m == null ? t.plain("mandate.none") : m.instruction().describe(), v.breach() != null));
                        }
                    }
                }
            }
        }
        List<Ref> petitions = new ArrayList<>();
        for (Petition p : state.petitions().all()) {
            if (!p.succeeded() && (own.contains(p.body()) || above.contains(p.body())) && !p.memberSignatures().contains(me)
                    && p.membersNeeded() > 0) {
                petitions.add(new Ref("/petitions/" + p.id(), p.title(), t.plain("note.signatures", p.memberSignatures().size(), p.membersNeeded())));
            }
        }
        List<DelegateVote> recent = votes.subList(Math.max(0, votes.size() - RECENT_VOTES), votes.size());
        List<DelegateVote> latestFirst = new ArrayList<>(recent);
        java.util.Collections.reverse(latestFirst);
        return new Mine(me.value(), true, assemblies, councils, awaiting, seatItems, petitions, referrals, latestFirst);
    }

    /** Every council the member's assemblies belong to, directly or through other councils. */
    static Set<BodyId> above(Federation state, Set<BodyId> own) {
        Set<BodyId> out = new LinkedHashSet<>();
        Deque<BodyId> todo = new ArrayDeque<>(own);
        while (!todo.isEmpty()) {
            Body b = state.body(todo.pop());
            if (b != null) {
                for (BodyId c : b.councils().keySet()) {
                    if (out.add(c)) {
                        todo.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static List<Body> sorted(java.util.Collection<Body> bodies) {
        return bodies.stream().sorted(Comparator.comparing(Body::name)).toList();
    }
}
