package org.mandate.web.petition;

import java.util.List;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.petition.Petition;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A petition and its signatures: for a recall, whom and which role it targets; how many signatures it
 * has of how many that make it succeed (fixed at its opening); who signed; whether the viewer may sign.
 */
public record PetitionView(String id, String kind, String title, String text, Ref body, Ref target, String role, Ref openedBy,
        String openedAt, long members, long membersNeeded, long bodies, long bodiesNeeded, int percent, boolean succeeded,
        List<Ref> signers, boolean mayOfferSignature, boolean signed) {

    public static PetitionView of(Federation state, Petition p, MemberId viewer, Text t) {
        Body body = state.body(p.body());
        long needed = Math.max(p.membersNeeded(), p.bodiesNeeded());
        long have = p.membersNeeded() > 0 ? p.memberSignatures().size() : p.bodySignatures().size();
        List<Ref> signers = p.membersNeeded() > 0
                ? p.memberSignatures().stream().map(m -> Ref.member(m.value(), "")).toList()
                : p.bodySignatures().stream().map(b -> Ref.body(state.body(b), "")).toList();
        boolean signed = viewer != null && p.memberSignatures().contains(viewer);
        boolean people = p.membersNeeded() > 0;
        return new PetitionView(p.id(), t.plain("petition.kind." + p.kind().name().toLowerCase(java.util.Locale.ROOT)), p.title(),
                p.text() == null ? "" : p.text(), Ref.body(body, ""), p.target() == null ? null : Ref.member(p.target().value(), ""),
                p.target() == null ? null : p.role(), p.openedBy() == null ? null : Ref.member(p.openedBy().value(), ""),
                Words.when(p.openedAt()), p.memberSignatures().size(), p.membersNeeded(), p.bodySignatures().size(), p.bodiesNeeded(),
                Words.percent(Math.min(have, needed), needed), p.succeeded(), signers, viewer != null && people && !signed && !p.succeeded(), signed);
    }

    /** The facts list for the page. */
    public List<Fact> facts(Text t) {
        return List.of(new Fact(t.plain("petition.kind"), kind), new Fact(t.plain("petition.opened"), openedAt));
    }
}
