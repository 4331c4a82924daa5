package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mandate.core.BodyId;
import org.mandate.core.petition.Petition;
import org.mandate.core.petition.PetitionKind;

/** Petitions (recalls, referendums, congresses) with their thresholds and signature counts. */
public final class PetitionViews {
    private PetitionViews() {}

    /** Petitions gathering signatures in a body, newest first. */
    public static Answer ofBody(Reading r, BodyId id, PageRequest page) {
        if (!r.access().mayRead(r.state(), id)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        return page.newestFirst(r, r.indexes().petitions(id), p -> petition(r, r.state().petitions().get(p)));
    }

    public static Answer detail(Reading r, String id) {
        Petition p = r.state().petitions().get(id);
        if (p == null || !r.access().mayRead(r.state(), p.body())) {
            return Answer.notFound("UnknownPetition", r.access().noSuch("petition", id));
        }
        return r.found(petition(r, p));
    }

    static ObjectNode petition(Reading r, Petition p) {
        ObjectNode node = r.object().put("id", p.id()).put("kind", r.tree(p.kind()).asText()).put("body", p.body().value());
        Reading.text(node, "openedBy", p.openedBy());
        Reading.time(node, "openedAt", p.openedAt());
        node.put("title", p.title());
        Reading.text(node, "text", p.text());
        Reading.text(node, "target", p.target());
        Reading.text(node, "council", p.council());
        Reading.text(node, "office", p.office());
        if (p.kind() == PetitionKind.RECALL) {
            node.put("role", p.role());
        }
        node.put("membersNeeded", p.membersNeeded()).put("bodiesNeeded", p.bodiesNeeded());
        node.put("memberSignatures", p.memberSignatures().size());
        ArrayNode bodies = node.putArray("bodySignatures");
        p.bodySignatures().forEach(b -> bodies.add(b.value()));
        node.put("succeeded", p.succeeded());
        return node;
    }
}
