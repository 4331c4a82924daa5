package org.mandate.web.body;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.body.Competence;
import org.mandate.core.council.Delegation;
import org.mandate.core.office.Office;
import org.mandate.core.proposal.Proposal;
import org.mandate.server.read.Indexes;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A body as its members see it: who belongs (a page at a time), its charter in words, its offices and
 * their holders, the delegates it sends to each council with their terms, the councils it belongs to,
 * its proposals, newest first, how many took part in each of its votes, and its accounts and invoices
 * where a council it belongs to (or, for a council, it itself) runs mutual credit.
 */
public record BodyView(String id, String name, boolean council, String axis, String founded, int memberCount, List<Ref> members,
        int page, int pages, List<Ref> memberBodies, List<Fact> charter, List<Fact> competences, List<Ref> councils,
        List<Sent> delegations, List<Held> offices, List<Row> proposals, int proposalCount, int proposalPage, int proposalPages,
        Participation participation, boolean mayPropose, List<Ref> credit, List<Ref> plans) {

    /** Members listed per page: a body of thousands stays one quick page at a time. */
    public static final int PAGE = 50;
    /** Proposals listed per page, newest first. */
    static final int PROPOSALS = 60;

    /** The delegation this body sends to a council for a term: seats (null label for a vacant seat) and alternates in order. */
    public record Sent(Ref council, List<Ref> seats, List<Ref> alternates, String termStarts, String termEnds, boolean ended) {}

    /** An office of this body for its current term. */
    public record Held(String name, List<Ref> holders, String permissions, String termEnds, boolean ended) {}

    /** One proposal in the body's list. */
    public record Row(Ref proposal, String phase, String outcome) {}

    public static BodyView of(Federation state, org.mandate.server.read.Indexes indexes, Body b, int page, int proposalPage, MemberId viewer,
            Text t) {
        // The readers' index keeps a body's members sorted: a page of an assembly of thousands is found, not sorted.
        java.util.NavigableSet<String> ids = b.isCouncil() ? java.util.Collections.emptyNavigableSet() : indexes.members(b.id());
        int pages = Math.max(1, (ids.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page), pages);
        List<Ref> members = ids.stream().skip((long) (p - 1) * PAGE).limit(PAGE)
                .map(m -> Ref.member(m, Words.when(b.members().get(new MemberId(m)).since()))).toList();
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
        List<Proposal> all = indexes.proposals(b.id()).stream().map(state::proposal).toList();
        int proposalPages = Math.max(1, (all.size() + PROPOSALS - 1) / PROPOSALS);
        int pp = Math.min(Math.max(1, proposalPage), proposalPages);
        for (int i = all.size() - 1 - (pp - 1) * PROPOSALS; i >= 0 && rows.size() < PROPOSALS; i--) {
            rows.add(row(all.get(i), t));
        }
        return new BodyView(b.id().value(), b.name(), b.isCouncil(), b.axis(), Words.when(b.foundedAt()), b.isCouncil() ? b.memberBodies().size()
                : b.members().size(), members, p, pages, memberBodies, Charters.facts(b, t), competences, councils, sent, offices, rows, all.size(),
                pp, proposalPages, Participation.of(all, t), takesPart(state, b, viewer), org.mandate.web.credit.CreditPages.links(state, b.id(), t),
                org.mandate.web.plan.PlanPages.links(state, b, t));
    }

    /** Whether the viewer takes part in the body: a member of the assembly, or a member of an assembly beneath the council. */
    public static boolean takesPart(Federation state, Body b, MemberId viewer) {
        org.mandate.core.member.Member m = viewer == null ? null : state.member(viewer);
        if (m == null) {
            return false;
        }
        return b.isAssembly() ? b.hasMember(viewer) : m.bodies().stream().anyMatch(a -> state.reachesUpward(a, b.id()));
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
