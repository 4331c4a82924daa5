package org.mandate.web.site;

/** A link on a page: where it goes, what it says, and a short note beside it (may be empty). */
public record Ref(String href, String label, String note) {
    public static Ref body(org.mandate.core.body.Body b, String note) {
        return new Ref("/bodies/" + b.id().value(), b.name(), note);
    }

    public static Ref proposal(org.mandate.core.proposal.Proposal p, String note) {
        return new Ref("/proposals/" + p.id().value(), p.title(), note);
    }

    public static Ref member(String id, String note) {
        return new Ref("/members/" + id, id, note);
    }
}
