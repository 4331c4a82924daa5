package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.proposal.Amendment;
import org.mandate.core.proposal.Comment;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.Referendums;
import org.mandate.core.proposal.Roll;
import org.mandate.core.vote.Ballot;
import org.mandate.server.read.Voters;

/**
 * Proposals: a body's list, one proposal with its deliberation and count, and who voted. A secret vote
 * shows who took part and never how: its ballots are not read here at all, only {@link Proposal#openBallots},
 * which the core leaves empty for a secret vote, and a delegate's seat vote on a secret question is shown
 * without its ballot.
 */
public final class ProposalViews {
    private ProposalViews() {}

    /** A body's proposals, newest first (the order the record made them, reversed). */
    public static Answer ofBody(Reading r, BodyId id, PageRequest page) {
        if (!r.access().mayRead(r.state(), id)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        return newestFirst(r, r.indexes().proposals(id), page);
    }

    /** Every referendum the caller may read, newest first. */
    public static Answer referendums(Reading r, PageRequest page) {
        return newestFirst(r, r.indexes().referendums(), page);
    }

    private static Answer newestFirst(Reading r, List<ProposalId> all, PageRequest page) {
        return page.newestFirst(r, all, id -> {
            Proposal p = r.state().proposal(id);
            return r.access().mayRead(r.state(), p.body()) ? summary(r, p) : null;
        });
    }

    static ObjectNode summary(Reading r, Proposal p) {
        ObjectNode node = r.object().put("id", p.id().value()).put("body", p.body().value()).put("title", p.title());
        node.put("motionType", org.mandate.codec.Vocabulary.nameOf(p.motion().getClass()));
        node.put("kind", r.tree(p.motion().kind()).asText());
        node.put("phase", r.tree(p.phase()).asText());
        Reading.time(node, "submittedAt", p.submittedAt());
        Reading.time(node, "closesAt", p.closesAt());
        node.put("withdrawn", p.withdrawn());
        if (p.result() != null) {
            node.put("verdict", r.tree(p.result().verdict()).asText());
        }
        return node;
    }

    public static Answer detail(Reading r, ProposalId id) {
        Proposal p = r.state().proposal(id);
        if (p == null || !r.access().mayRead(r.state(), p.body())) {
            return Answer.notFound("UnknownProposal", r.access().noSuch("proposal", id));
        }
        ObjectNode node = summary(r, p);
        node.put("proposer", p.proposer().value());
        node.put("text", p.text());
        node.set("motion", r.tree(p.motion()));
        ArrayNode options = node.putArray("options");
        p.options().forEach(options::add);
        Reading.text(node, "competence", p.competence());
        Reading.time(node, "publishedAt", p.publishedAt());
        Reading.time(node, "votingOpensAt", p.votingOpensAt());
        Reading.time(node, "closedAt", p.closedAt());
        Reading.text(node, "annulledBy", p.annulledBy());
        node.put("adopted", p.adopted());
        if (p.rule() != null) {
            node.set("rule", r.tree(p.rule()));
            node.putObject("roll").put("kind", rollKind(p.roll())).put("weight", p.rollWeight());
        }
        node.put("participation", p.participants().size());
        ArrayNode amendments = node.putArray("amendments");
        for (Amendment a : p.amendments().values()) {
            amendments.addObject().put("id", a.id()).put("author", a.author().value()).put("text", a.text())
                    .put("status", a.status().name().toLowerCase()).put("supporters", a.supporters()).put("opponents", a.opponents());
        }
        ArrayNode comments = node.putArray("comments");
        for (Comment c : p.comments()) {
            ObjectNode o = comments.addObject().put("id", c.id()).put("author", c.author().value());
            Reading.time(o, "at", c.at());
            o.put("text", c.text());
            Reading.text(o, "replyTo", c.replyTo());
        }
        Reading.text(node, "reply", p.reply());
        if (p.result() != null) {
            node.set("result", r.tree(p.result()));
        }
        node.put("unsealedBallots", p.unsealedBallots().size());
        if (p.breakdown() != null) {
            node.set("breakdown", breakdown(r, p.breakdown()));
        }
        ItemBook book = r.state().sessions().item(id);
        if (book != null) {
            node.set("item", item(r, p, book));
        }
        return r.found(node);
    }

    private static String rollKind(Roll roll) {
        return switch (roll) {
            case Roll.Members m -> "members";
            case Roll.Bodies b -> "bodies";
            case Roll.Seats s -> "seats";
            case Roll.People p -> "people";
        };
    }

    /** A referendum's figures, the council first; a closed body's own figures are its record, not the caller's. */
    private static ArrayNode breakdown(Reading r, Map<BodyId, Referendums.Figure> figures) {
        ArrayNode out = r.array();
        figures.forEach((body, f) -> {
            if (r.access().mayRead(r.state(), body)) {
                ObjectNode o = out.addObject().put("body", body.value());
                ArrayNode votes = o.putArray("votes");
                f.votes().forEach(votes::add);
                o.put("turnout", f.turnout()).put("roll", f.roll());
            }
        });
        return out;
    }

    /** A council item's session book: each body's mandate, the bodies it was referred back to, and the seat votes. */
    private static ObjectNode item(Reading r, Proposal p, ItemBook book) {
        ObjectNode node = r.object();
        ArrayNode mandates = node.putArray("mandates");
        book.mandates().forEach((body, m) -> {
            if (r.access().mayRead(r.state(), body)) {
                mandates.add(BodyViews.mandate(r, m).put("body", body.value()));
            }
        });
        ArrayNode referred = node.putArray("referred");
        book.referred().forEach(b -> referred.add(b.value()));
        ArrayNode votes = node.putArray("seatVotes");
        boolean secret = p.rule() != null && p.rule().secret();
        for (SeatVote v : book.votes().values()) {
            votes.add(seatVote(r, v, secret));
        }
        return node;
    }

    static ObjectNode seatVote(Reading r, SeatVote v, boolean secret) {
        ObjectNode o = r.object().put("body", v.body().value()).put("seat", v.seat()).put("delegate", v.delegate().value());
        o.put("split", v.ballot() == null);
        if (v.ballot() != null && !secret) {
            o.set("ballot", r.tree(v.ballot()));
        }
        if (v.breach() != null) {
            o.put("breach", v.breach().describe());
        }
        return o;
    }

    /** Who took part, sorted by voter; with each ballot only where the vote is open. */
    public static Answer ballots(Reading r, ProposalId id, PageRequest page) {
        Proposal p = r.state().proposal(id);
        if (p == null || !r.access().mayRead(r.state(), p.body())) {
            return Answer.notFound("UnknownProposal", r.access().noSuch("proposal", id));
        }
        Voters voters = r.indexes().voters(id);
        List<String> names = voters == null ? List.of() : voters.after(page.after(), page.limit() + 1);
        Map<String, Ballot> open = p.openBallots();
        ArrayNode items = r.array();
        for (String voter : names.subList(0, Math.min(names.size(), page.limit()))) {
            ObjectNode o = items.addObject().put("voter", voter);
            Ballot b = open.get(voter);
            if (b != null) {
                o.set("ballot", r.tree(b));
            }
        }
        String next = names.size() > page.limit() ? names.get(page.limit() - 1) : null;
        return new Answer.Found(PageRequest.page(r, items, next));
    }
}
