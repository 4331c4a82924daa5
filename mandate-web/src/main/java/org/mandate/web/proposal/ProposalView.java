package org.mandate.web.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.council.SessionRules;
import org.mandate.core.proposal.Amendment;
import org.mandate.core.proposal.Comment;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.Referendums;
import org.mandate.core.proposal.Roll;
import org.mandate.core.vote.Ballot;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A proposal as a member reads it: what it would do, its text, amendments and deliberation, who may
 * vote and by which method, the vote form when the viewer may vote, and once closed the count. For a
 * council's item, the mandate each member body gave and how each seat voted; for a referendum, the
 * figures of every body beneath the council.
 */
public record ProposalView(String id, String title, String text, Ref body, Ref proposer, String motion, List<Fact> facts,
        String phase, boolean open, String method, List<String> options, int maxScore, boolean secret,
        List<AmendmentRow> amendments, List<CommentRow> comments, String reply, long participants, long roll,
        List<Fact> ballots, int ballotsHidden, Results results, List<Figure> breakdown, List<MandateRow> mandates,
        Viewer viewer) {

    /** How many open ballots the page lists before saying how many more there are. */
    static final int BALLOTS = 200;

    public record AmendmentRow(String id, Ref author, String text, String status, long supporters, long opponents, boolean open) {}

    public record CommentRow(String id, Ref author, String when, String text, String replyTo) {}

    /** A referendum's figure for one body: how the people beneath it voted. */
    public record Figure(Ref body, long yes, long no, long abstain, long turnout, long roll, int yesPercent, int noPercent) {}

    /** A member body's mandate on a council item, and how its seats voted. */
    public record MandateRow(Ref body, String mandate, Ref decision, List<String> votes, boolean breach, boolean referred) {}

    /**
     * What the signed-in viewer may do here: vote (not yet voted, on the roll, voting open), vote in a
     * seat for one of their bodies, take part in deliberation. All false for a visitor.
     */
    public record Viewer(boolean signedIn, boolean mayVote, boolean voted, List<String> seatBodies, boolean deliberates) {}

    public static ProposalView of(Federation state, Proposal p, MemberId me, Text t) {
        Body body = state.body(p.body());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.plain("proposal.submitted"), Words.when(p.submittedAt())));
        if (p.publishedAt() != null) {
            facts.add(new Fact(t.plain("proposal.published"), Words.when(p.publishedAt())));
            facts.add(new Fact(t.plain("proposal.opens"), Words.when(p.votingOpensAt())));
            facts.add(new Fact(t.plain("proposal.closes"), Words.when(p.closedAt() != null ? p.closedAt() : p.closesAt())));
            facts.add(new Fact(t.plain("proposal.rule"), Words.rule(t, p.rule())));
        }
        if (p.competence() != null) {
            facts.add(new Fact(t.plain("proposal.competence"), p.competence()));
        }
        List<AmendmentRow> amendments = p.amendments().values().stream().map((Amendment a) -> new AmendmentRow(a.id(),
                Ref.member(a.author().value(), ""), a.text(), t.plain("amendment." + a.status().name().toLowerCase(Locale.ROOT)),
                a.supporters(), a.opponents(), a.status() == Amendment.Status.OPEN)).toList();
        List<CommentRow> comments = p.comments().stream().map((Comment c) -> new CommentRow(c.id(), Ref.member(c.author().value(), ""),
                Words.when(c.at()), c.text(), c.replyTo())).toList();
        List<Fact> ballots = new ArrayList<>();
        int hidden = 0;
        for (Map.Entry<String, Ballot> e : p.openBallots().entrySet()) {
            if (ballots.size() < BALLOTS) {
                ballots.add(new Fact(e.getKey(), e.getValue().words()));
            } else {
                hidden++;
            }
        }
        for (Ballot b : p.unsealedBallots()) {
            if (ballots.size() < BALLOTS) {
                ballots.add(new Fact(t.plain("ballot.sealed"), b.words()));
            } else {
                hidden++;
            }
        }
        boolean open = p.phase() == Phase.DELIBERATION || p.phase() == Phase.VOTING;
        String method = p.rule() == null ? "" : p.rule().method().name().toLowerCase(Locale.ROOT);
        return new ProposalView(p.id().value(), p.title(), p.text(), Ref.body(body, ""), Ref.member(p.proposer().value(), ""),
                Motions.describe(state, p.motion(), t), facts, p.phase().words(), open, method, p.options(),
                p.rule() == null ? 0 : p.rule().maxScore(), p.rule() != null && p.rule().secret(), amendments, comments, p.reply(),
                p.participants().size(), p.rollWeight(), ballots, hidden, p.result() == null ? null : Results.of(p.result(), t),
                breakdown(state, p), mandates(state, p, t), viewer(state, p, body, me));
    }

    private static Viewer viewer(Federation state, Proposal p, Body body, MemberId me) {
        if (me == null) {
            return new Viewer(false, false, false, List.of(), false);
        }
        boolean people = !(p.roll() instanceof Roll.Seats) && !(p.roll() instanceof Roll.Bodies);
        boolean voting = p.phase() == Phase.VOTING;
        boolean voted = p.hasVoted(me.value());
        List<String> seats = new ArrayList<>();
        if (p.roll() instanceof Roll.Seats s && voting) {
            ItemBook book = state.sessions().item(p.id());
            for (String b : s.asMap().keySet()) {
                Delegation d = state.sessions().delegation(p.body(), new BodyId(b));
                int seat = d == null ? -1 : d.seatOf(me);
                if (seat >= 0 && (book == null || !book.votes().containsKey(b + "#" + seat))) {
                    seats.add(b);
                }
            }
        }
        boolean member = body.isAssembly() ? body.hasMember(me) : state.peopleBeneath(body.id()).contains(me);
        return new Viewer(true, people && voting && !voted && p.onRoll(me.value()), voted, seats,
                member && (p.phase() == Phase.DELIBERATION || p.phase() == Phase.VOTING));
    }

    private static List<Figure> breakdown(Federation state, Proposal p) {
        Map<BodyId, Referendums.Figure> figures = p.breakdown();
        if (figures == null) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        figures.forEach((id, f) -> {
            long yes = f.votes().size() > 0 ? f.votes().get(0) : 0;
            long no = f.votes().size() > 1 ? f.votes().get(1) : 0;
            long abstain = f.votes().size() > 2 ? f.votes().get(2) : 0;
            long base = Math.max(1, yes + no + abstain);
            Body b = state.body(id);
            out.add(new Figure(b == null ? new Ref("", id.value(), "") : Ref.body(b, b.isCouncil() ? b.axis() : ""), yes, no, abstain,
                    f.turnout(), f.roll(), Words.percent(yes, base), Words.percent(no, base)));
        });
        return out;
    }

    private static List<MandateRow> mandates(Federation state, Proposal p, Text t) {
        if (!(p.roll() instanceof Roll.Seats s)) {
            return List.of();
        }
        ItemBook book = state.sessions().item(p.id());
        List<MandateRow> out = new ArrayList<>();
        for (String b : s.asMap().keySet()) {
            BodyId id = new BodyId(b);
            Body body = state.body(id);
            GivenMandate m = SessionRules.mandate(state, p.body(), id, p);
            List<String> votes = new ArrayList<>();
            boolean breach = false;
            if (book != null) {
                for (SeatVote v : book.votes().values()) {
                    if (v.body().equals(id)) {
                        votes.add(t.plain("seat.vote", v.seat() + 1, v.delegate(), v.ballot() == null ? t.plain("ballot.split") : v.ballot().words()));
                        breach |= v.breach() != null;
                    }
                }
            }
            Proposal decision = m == null || m.decision() == null ? null : state.proposal(m.decision());
            out.add(new MandateRow(body == null ? new Ref("", b, "") : Ref.body(body, ""), m == null ? t.plain("mandate.none") : m.instruction().describe(),
                    decision == null ? null : Ref.proposal(decision, ""), votes, breach, book != null && book.referred().contains(id) && m == null));
        }
        return out;
    }
}
