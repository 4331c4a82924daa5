package org.mandate.web.credit;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.credit.Ledger;
import org.mandate.core.proposal.Proposal;
import org.mandate.web.site.Ref;

/**
 * Finding a council's books and naming what is in them, the same way on every credit page: the ledger
 * only of a council that adopted mutual credit, bodies by name, and the links between the pages (an
 * account, an invoice, a clearing, the decision behind a figure).
 */
final class Books {
    private Books() {}

    /** The council's ledger, or null when the id is not a council that ever adopted mutual credit. */
    static Ledger of(Federation state, String council) {
        if (!Ids.valid(council)) {
            return null;
        }
        Body b = state.body(new BodyId(council));
        return b == null || !b.isCouncil() ? null : state.credit().of(b.id());
    }

    /** The councils whose mutual credit stands and in which the body has an account, in order of id. */
    static List<Ledger> accountsOf(Federation state, BodyId body) {
        List<Ledger> out = new ArrayList<>();
        for (Ledger l : state.credit().all()) {
            if (l.active(state) && l.hasAccount(state, body)) {
                out.add(l);
            }
        }
        out.sort(java.util.Comparator.comparing(l -> l.council().value()));
        return out;
    }

    static String name(Federation state, BodyId body) {
        Body b = state.body(body);
        return b == null ? body.value() : b.name();
    }

    static Ref account(Federation state, BodyId council, BodyId body) {
        return new Ref(accountPath(council, body), name(state, body), "");
    }

    static String accountPath(BodyId council, BodyId body) {
        return "/councils/" + council.value() + "/accounts/" + body.value();
    }

    static String creditPath(BodyId council) {
        return "/councils/" + council.value() + "/credit";
    }

    static String invoicesPath(BodyId body) {
        return "/bodies/" + body.value() + "/invoices";
    }

    /** An invoice where its page shows it: on the invoices of {@code seenFrom}, one of its two bodies. */
    static Ref invoice(BodyId seenFrom, String id, String label) {
        return new Ref(invoicesPath(seenFrom) + "#inv-" + id, label, "");
    }

    static Ref clearing(BodyId council, String id, String label) {
        return new Ref("/councils/" + council.value() + "/clearings/" + id, label, "");
    }

    /** The decision behind a figure: its proposal by title, or its id when the proposal is not in the state. */
    static Ref decision(Federation state, ProposalId id) {
        Proposal p = id == null ? null : state.proposal(id);
        return id == null ? null : p == null ? new Ref("/proposals/" + id.value(), id.value(), "") : Ref.proposal(p, "");
    }

    static boolean annulled(Federation state, ProposalId id) {
        Proposal p = id == null ? null : state.proposal(id);
        return p != null && p.annulledBy() != null;
    }
}
