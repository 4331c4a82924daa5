package org.mandate.web.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.proposal.Proposal;
import org.mandate.server.read.Indexes;

/**
 * The proposals of a few bodies, from the readers' index of each body's proposals, in the order they were
 * submitted: a page about a member costs what concerns them, not every proposal of the federation.
 */
public final class Proposals {
    private Proposals() {}

    public static List<Proposal> of(Federation state, Indexes index, Collection<BodyId> bodies) {
        List<Proposal> out = new ArrayList<>();
        for (BodyId b : bodies) {
            index.proposals(b).forEach(id -> out.add(state.proposal(id)));
        }
        out.sort(Comparator.comparing(Proposal::submittedAt).thenComparing(p -> p.id().value()));
        return out;
    }
}
