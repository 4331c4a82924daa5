package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.NavigableSet;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.body.Application;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyType;
import org.mandate.core.body.Competence;
import org.mandate.core.body.Membership;
import org.mandate.core.council.Congress;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.office.Office;

/** Bodies: the list, one body's page, and its members. */
public final class BodyViews {
    private BodyViews() {}

    /**
     * Bodies by id, optionally only of one type or axis. The index is sorted, so a page walks only as far
     * as it needs; with a filter it may pass over bodies that do not match, at most every body once.
     */
    public static Answer list(Reading r, String type, String axis, PageRequest page) {
        BodyType wanted = null;
        if (type != null) {
            switch (type) {
                case "assembly" -> wanted = BodyType.ASSEMBLY;
                case "council" -> wanted = BodyType.COUNCIL;
                default -> {
                    return Answer.badRequest("BadRequest", "'type' must be 'assembly' or 'council'; got '" + type + "'");
                }
            }
        }
        var tail = page.after() == null ? r.indexes().bodies() : r.indexes().bodies().tailMap(page.after(), false);
        ArrayNode items = r.array();
        String last = null;
        boolean more = false;
        for (BodyId id : tail.values()) {
            Body b = r.state().body(id);
            if (!r.access().mayRead(b) || wanted != null && b.type() != wanted || axis != null && !axis.equals(b.axis())) {
                continue;
            }
            if (items.size() == page.limit()) {
                more = true;
                break;
            }
            items.add(summary(r, b));
            last = id.value();
        }
        return new Answer.Found(PageRequest.page(r, items, more ? last : null));
    }

    static ObjectNode summary(Reading r, Body b) {
        ObjectNode node = r.object();
        node.put("id", b.id().value());
        node.put("type", b.isAssembly() ? "assembly" : "council");
        node.put("name", b.name());
        Reading.text(node, "axis", b.axis());
        Reading.time(node, "foundedAt", b.foundedAt());
        node.put("publicRecord", b.charter().publicRecord());
        node.put("memberCount", b.isAssembly() ? b.members().size() : b.memberBodies().size());
        return node;
    }

    public static Answer detail(Reading r, BodyId id) {
        Body b = r.state().body(id);
        if (!r.access().mayRead(b)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        ObjectNode node = summary(r, b);
        node.set("charter", r.tree(b.charter()));
        ArrayNode competences = node.putArray("competences");
        for (Competence c : b.competences().values()) {
            ObjectNode o = competences.addObject().put("name", c.name());
            Reading.text(o, "description", c.description());
            Reading.time(o, "grantedAt", c.grantedAt());
            Reading.text(o, "grantedBy", c.grantedBy());
        }
        ArrayNode offices = node.putArray("offices");
        for (Office o : r.state().offices().of(id).values()) {
            offices.add(office(r, o));
        }
        ArrayNode councils = node.putArray("councils");
        for (Map.Entry<BodyId, java.time.Instant> c : b.councils().entrySet()) {
            ObjectNode o = councils.addObject().put("council", c.getKey().value());
            Reading.time(o, "since", c.getValue());
            Delegation d = r.state().sessions().delegation(c.getKey(), id);
            if (d != null) {
                o.set("delegation", delegation(r, d));
            }
            ArrayNode hands = o.putArray("freeHands");
            for (GivenMandate m : r.state().sessions().freeHands(c.getKey(), id)) {
                hands.add(mandate(r, m));
            }
        }
        if (b.isCouncil()) {
            ArrayNode members = node.putArray("memberBodies");
            b.memberBodies().forEach((m, since) -> Reading.time(members.addObject().put("body", m.value()), "since", since));
            ArrayNode pending = node.putArray("pendingFounderBodies");
            b.pendingFounderBodies().forEach(p -> pending.add(p.value()));
            ArrayNode congresses = node.putArray("congresses");
            for (Congress c : r.state().sessions().congresses(id)) {
                ObjectNode o = congresses.addObject().put("id", c.id());
                Reading.time(o, "convenedAt", c.convenedAt());
                Reading.time(o, "until", c.until());
                o.put("sitting", c.sitting());
            }
        } else {
            ArrayNode pending = node.putArray("pendingFounders");
            b.pendingFounders().forEach(p -> pending.add(p.value()));
            ArrayNode applications = node.putArray("applications");
            for (Application a : b.applications().values()) {
                ObjectNode o = applications.addObject().put("applicant", a.applicant().value());
                Reading.time(o, "filedAt", a.filedAt());
                ArrayNode sponsors = o.putArray("sponsors");
                a.sponsors().forEach(s -> sponsors.add(s.value()));
                Reading.time(o, "objectionDeadline", a.objectionDeadline());
                Reading.text(o, "vote", a.vote());
            }
        }
        return r.found(node);
    }

    /** A body's members by id: people with the time they joined for an assembly, member bodies for a council. */
    public static Answer members(Reading r, BodyId id, PageRequest page) {
        Body b = r.state().body(id);
        if (!r.access().mayRead(b)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        NavigableSet<String> all = r.indexes().members(id);
        ArrayNode items = r.array();
        String last = null;
        boolean more = false;
        for (String m : page.after() == null ? all : all.tailSet(page.after(), false)) {
            if (items.size() == page.limit()) {
                more = true;
                break;
            }
            ObjectNode o = items.addObject();
            if (b.isAssembly()) {
                o.put("member", m);
                Membership since = b.members().get(new MemberId(m));
                Reading.time(o, "since", since == null ? null : since.since());
            } else {
                o.put("body", m);
                Reading.time(o, "since", b.memberBodies().get(new BodyId(m)));
            }
            last = m;
        }
        return new Answer.Found(PageRequest.page(r, items, more ? last : null));
    }

    static ObjectNode office(Reading r, Office o) {
        ObjectNode node = r.object().put("body", o.body().value()).put("office", o.name());
        ArrayNode permissions = node.putArray("permissions");
        o.permissions().stream().map(p -> r.tree(p).asText()).sorted().forEach(permissions::add);
        ArrayNode holders = node.putArray("holders");
        o.holders().forEach(h -> holders.add(h.value()));
        ArrayNode elected = node.putArray("elected");
        o.elected().forEach(h -> elected.add(h.value()));
        Reading.time(node, "termEnds", o.termEnds());
        node.put("ended", o.ended());
        Reading.text(node, "decision", o.decision());
        return node;
    }

    static ObjectNode delegation(Reading r, Delegation d) {
        ObjectNode node = r.object().put("council", d.council().value()).put("body", d.body().value());
        ArrayNode seats = node.putArray("seats");
        d.seats().forEach(s -> {
            if (s == null) {
                seats.addNull();
            } else {
                seats.add(s.value());
            }
        });
        ArrayNode alternates = node.putArray("alternates");
        d.alternates().forEach(a -> alternates.add(a.value()));
        Reading.time(node, "termStarts", d.termStarts());
        Reading.time(node, "termEnds", d.termEnds());
        node.put("ended", d.ended());
        Reading.text(node, "decision", d.decision());
        return node;
    }

    static ObjectNode mandate(Reading r, GivenMandate m) {
        ObjectNode node = r.object();
        node.set("instruction", r.tree(m.instruction()));
        node.put("says", m.instruction().describe());
        Reading.text(node, "decision", m.decision());
        node.put("survivesAmendment", m.survivesAmendment());
        Reading.time(node, "at", m.at());
        return node;
    }
}
