package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.body.Membership;
import org.mandate.core.council.Delegation;
import org.mandate.core.member.Member;
import org.mandate.core.office.Office;
import org.mandate.server.read.Indexes;

/**
 * One member as the record knows them: the assemblies they belong to, the offices they hold and the seats
 * they hold or stand in for as alternate. Names and contacts are not in the record and not here. Someone
 * who is not a member of the federation sees only what belongs to public bodies, and no member at all
 * who belongs to none.
 */
public final class MemberView {
    private MemberView() {}

    public static Answer detail(Reading r, MemberId id) {
        Member m = r.state().member(id);
        if (m == null) {
            return Answer.notFound("UnknownMember", r.access().noSuch("member", id));
        }
        ObjectNode node = r.object().put("id", id.value());
        Reading.time(node, "registeredAt", m.registeredAt());
        ArrayNode bodies = node.putArray("bodies");
        for (BodyId b : m.bodyList()) {
            Body body = r.state().body(b);
            if (r.access().mayRead(body)) {
                Membership since = body.members().get(id);
                Reading.time(bodies.addObject().put("body", b.value()), "since", since == null ? null : since.since());
            }
        }
        ArrayNode offices = node.putArray("offices");
        for (BodyId b : r.indexes().offices(id)) {
            if (r.access().mayRead(r.state(), b)) {
                for (Office o : r.state().offices().of(b).values()) {
                    if (o.heldBy(id)) {
                        offices.add(BodyViews.office(r, o));
                    }
                }
            }
        }
        ArrayNode seats = node.putArray("delegations");
        for (Indexes.Delegated d : r.indexes().delegations(id)) {
            Delegation now = r.state().sessions().delegation(d.council(), d.body());
            if (now == null || now.ended() || !r.access().mayRead(r.state(), d.body()) && !r.access().mayRead(r.state(), d.council())) {
                continue;
            }
            int seat = now.seatOf(id);
            if (seat < 0 && !now.alternates().contains(id)) {
                continue;
            }
            ObjectNode o = seats.addObject().put("council", d.council().value()).put("body", d.body().value());
            o.put("role", seat >= 0 ? "delegate" : "alternate");
            if (seat >= 0) {
                o.put("seat", seat);
            }
            Reading.time(o, "termEnds", now.termEnds());
        }
        if (!r.access().member() && bodies.isEmpty() && offices.isEmpty() && seats.isEmpty()) {
            return Answer.notFound("UnknownMember", r.access().noSuch("member", id));
        }
        return r.found(node);
    }
}
