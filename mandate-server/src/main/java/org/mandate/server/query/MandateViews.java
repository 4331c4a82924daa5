package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.proposal.Proposal;

/**
 * What a body told its delegates, item by item, and how they voted: the page a base assembly reads to
 * hold its delegates to account. A vote recorded against the mandate carries the breach; a vote the
 * core refused is not in the record (a refused command changes nothing), so it is not here either.
 */
public final class MandateViews {
    private MandateViews() {}

    /** The council items the body mandated its delegates on, newest first. */
    public static Answer ofBody(Reading r, BodyId id, PageRequest page) {
        if (!r.access().mayRead(r.state(), id)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        return page.newestFirst(r, r.indexes().mandated(id), item -> item(r, id, item));
    }

    private static ObjectNode item(Reading r, BodyId body, ProposalId id) {
        Proposal p = r.state().proposal(id);
        ItemBook book = r.state().sessions().item(id);
        ObjectNode node = r.object().put("council", p.body().value()).put("item", id.value()).put("title", p.title());
        node.put("phase", r.tree(p.phase()).asText());
        GivenMandate m = book.mandates().get(body);
        if (m != null) {
            node.set("mandate", BodyViews.mandate(r, m));
        }
        // A mandate voided by an amendment of the item's text sends the item back to the body.
        node.put("referred", book.referred().contains(body));
        ArrayNode votes = node.putArray("votes");
        boolean secret = p.rule() != null && p.rule().secret();
        for (SeatVote v : book.votes().values()) {
            if (v.body().equals(body)) {
                votes.add(ProposalViews.seatVote(r, v, secret));
            }
        }
        return node;
    }
}
