package org.mandate.web.member;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.council.SessionRules;
import org.mandate.core.member.Member;
import org.mandate.core.office.Office;
import org.mandate.core.petition.Petition;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.Roll;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A member as the record shows them; for a delegate, the delegate page: every seat vote beside the
 * mandate it answered to, the breaches, the term, and the recall petitions against them with their
 * signatures. The viewer may open a recall petition for a role the member holds in one of the viewer's
 * own assemblies.
 */
public record MemberView(String id, boolean registered, String since, List<Ref> assemblies, List<Fact> offices, List<Seat> seats,
        List<Vote> votes, long breaches, List<Ref> petitions, List<Role> recallable) {

    /** A seat or alternate's place this member holds. */
    public record Seat(Ref council, String body, String role, String term, boolean ended) {}

    public record Vote(Ref item, String body, String ballot, String mandate, boolean breach) {}

    /** A role the viewer may petition to recall: the value the form sends, and the role in words. */
    public record Role(String value, String words) {}

    public static MemberView of(Federation state, MemberId m, MemberId viewer, Text t) {
        Member member = state.member(m);
        if (member == null) {
            return new MemberView(m.value(), false, "", List.of(), List.of(), List.of(), List.of(), 0, List.of(), List.of());
        }
        List<Ref> assemblies = new ArrayList<>();
        List<Fact> offices = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        List<Role> recallable = new ArrayList<>();
        Member me = viewer == null ? null : state.member(viewer);
        for (BodyId b : member.bodies()) {
            Body body = state.body(b);
            assemblies.add(Ref.body(body, ""));
            boolean mine = me != null && me.bodies().contains(b) && !viewer.equals(m);
            for (Office o : state.offices().of(b).values()) {
                if (o.heldBy(m)) {
                    offices.add(new Fact(t.plain("member.office", o.name(), body.name()), t.plain("member.term.ends", Words.when(o.termEnds()))));
                    if (mine) {
                        recallable.add(new Role(b.value() + "|office|" + o.name(), t.plain("member.office", o.name(), body.name())));
                    }
                }
            }
            for (BodyId c : body.councils().keySet()) {
                Delegation d = state.sessions().delegation(c, b);
                if (d == null) {
                    continue;
                }
                int seat = d.seats().indexOf(m);
                int alt = d.alternates().indexOf(m);
                if (seat >= 0 || alt >= 0) {
                    String role = seat >= 0 ? t.plain("member.seat", seat + 1) : t.plain("member.alternate", alt + 1);
                    seats.add(new Seat(Ref.body(state.body(c), ""), body.name(), role, Words.when(d.termStarts()) + " – " + Words.when(d.termEnds()),
                            d.ended()));
                    if (mine && seat >= 0 && !d.ended()) {
                        recallable.add(new Role(b.value() + "|council|" + c.value(), t.plain("member.delegate", body.name(), state.body(c).name())));
                    }
                }
            }
        }
        List<Vote> votes = new ArrayList<>();
        long breaches = 0;
        for (Proposal p : state.proposals()) {
            if (!(p.roll() instanceof Roll.Seats)) {
                continue;
            }
            ItemBook book = state.sessions().item(p.id());
            if (book == null) {
                continue;
            }
            for (SeatVote v : book.votes().values()) {
                if (v.delegate().equals(m)) {
                    GivenMandate g = SessionRules.mandate(state, p.body(), v.body(), p);
                    votes.add(new Vote(Ref.proposal(p, state.body(p.body()).name()), state.body(v.body()).name(),
                            v.ballot() == null ? t.plain("ballot.split") : v.ballot().words(),
                            v.breach() != null ? v.breach().describe() : g == null ? t.plain("mandate.none") : g.instruction().describe(),
                            v.breach() != null));
                    breaches += v.breach() != null ? 1 : 0;
                }
            }
        }
        List<Ref> petitions = new ArrayList<>();
        for (Petition p : state.petitions().all()) {
            if (p.kind() == PetitionKind.RECALL && m.equals(p.target())) {
                petitions.add(new Ref("/petitions/" + p.id(), p.title(), p.succeeded() ? t.plain("petition.succeeded")
                        : t.plain("note.signatures", p.memberSignatures().size() + p.bodySignatures().size(),
                                Math.max(p.membersNeeded(), p.bodiesNeeded()))));
            }
        }
        return new MemberView(m.value(), true, Words.when(member.registeredAt()), assemblies, offices, seats, votes, breaches, petitions, recallable);
    }
}
