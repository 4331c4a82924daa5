package org.mandate.web.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.body.Competence;
import org.mandate.core.council.Delegation;
import org.mandate.core.office.Office;
import org.mandate.core.proposal.Proposal;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A body as its members see it: who belongs (a page at a time), its charter in words, its offices and
 * their holders, the delegates it sends to each council with their terms, the councils it belongs to,
 * and its proposals, newest first.
 */
public record BodyView(String id, String name, boolean council, String axis, String founded, int memberCount, List<Ref> members,
        int page, int pages, List<Ref> memberBodies, List<Fact> charter, List<Fact> competences, List<Ref> councils,
        List<Sent> delegations, List<Held> offices, List<Row> proposals, int proposalCount) {

    /** Members listed per page: a body of thousands stays one quick page at a time. */
    public static final int PAGE = 50;
    /** Proposals listed on the body page. */
    static final int PROPOSALS = 60;

    /** The delegation this body sends to a council for a term: seats (null label for a vacant seat) and alternates in order. */
    public record Sent(Ref council, List<Ref> seats, List<Ref> alternates, String termStarts, String termEnds, boolean ended) {}

    /** An office of this body for its current term. */
    public record Held(String name, List<Ref> holders, String permissions, String termEnds, boolean ended) {}

    /** One proposal in the body's list. */
    public record Row(Ref proposal, String phase, String outcome) {}

    public static BodyView of(Federation state, Body b, int page, Text t) {
        List<MemberId> ids = new ArrayList<>(b.members().keySet());
        ids.sort(Comparator.comparing(MemberId::value));
        int pages = Math.max(1, (ids.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page), pages);
        List<Ref> members = ids.subList((p - 1) * PAGE, Math.min(ids.size(), p * PAGE)).stream()
                .map(m -> Ref.member(m.value(), Words.when(b.members().get(m).since()))).toList();
        List<Ref> memberBodies = b.memberBodies().keySet().stream().map(state::body)
                .map(x -> Ref.body(x, t.plain("note.joined", Words.when(b.memberBodies().get(x.id()))))).toList();
        List<Fact> competences = b.competences().values().stream()
                .map((Competence c) -> new Fact(c.name(), c.description() + " — " + t.plain("note.granted", Words.when(c.grantedAt())))).toList();
        List<Ref> councils = b.councils().keySet().stream().map(state::body).map(c -> Ref.body(c, c.axis())).toList();
        List<Sent> sent = new ArrayList<>();
        for (BodyId c : b.councils().keySet()) {
            Delegation d = state.sessions().delegation(c, b.id());
            if (d != null) {
                sent.add(sent(state, d, t));
            }
        }
        List<Held> offices = state.offices().of(b.id()).values().stream()
                .map((Office o) -> new Held(o.name(), o.holders().stream().map(m -> Ref.member(m.value(), "")).toList(),
                        String.join(", ", o.permissions().stream().map(Words::phrase).sorted().toList()), Words.when(o.termEnds()), o.ended()))
                .toList();
        List<Row> rows = new ArrayList<>();
        int count = 0;
        List<Proposal> all = state.proposals().stream().filter(x -> x.body().equals(b.id())).toList();
        for (int i = all.size() - 1; i >= 0 && rows.size() < PROPOSALS; i--) {
            rows.add(row(all.get(i), t));
        }
        count = all.size();
        return new BodyView(b.id().value(), b.name(), b.isCouncil(), b.axis(), Words.when(b.foundedAt()), b.isCouncil() ? b.memberBodies().size()
                : b.members().size(), members, p, pages, memberBodies, Charters.facts(b, t), competences, councils, sent, offices, rows, count);
    }

    public static Sent sent(Federation state, Delegation d, Text t) {
        List<Ref> seats = d.seats().stream().map(m -> m == null ? new Ref("", t.plain("seat.vacant"), "") : Ref.member(m.value(), "")).toList();
        List<Ref> alternates = d.alternates().stream().map(m -> Ref.member(m.value(), "")).toList();
        Body council = state.body(d.council());
        return new Sent(Ref.body(council, t.plain("note.delegation", state.body(d.body()).name())), seats, alternates,
                Words.when(d.termStarts()), Words.when(d.termEnds()), d.ended());
    }

    /** A council's seat rule in words. */
    public static String seatRule(Body council, Text t) {
        return Charters.seats(council.charter().council().seats(), t);
    }

    public static Row row(Proposal p, Text t) {
        String outcome = p.withdrawn() ? t.plain("outcome.withdrawn")
                : p.result() == null ? ""
                : p.annulledBy() != null ? t.plain("outcome.annulled")
                : t.plain("verdict." + p.result().verdict().name().toLowerCase(java.util.Locale.ROOT))
                        + (p.result().winners().isEmpty() ? "" : ": " + String.join(", ", p.result().winners()));
        return new Row(Ref.proposal(p, p.id().value()), p.phase().words(), outcome);
    }
}
