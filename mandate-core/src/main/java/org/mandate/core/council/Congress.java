package org.mandate.core.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.ProposalId;

/**
 * An extraordinary congress of a council, convened from below. Its agenda is every proposal put to
 * the council while it sits; while it sits, the council's office-holders may be recalled by the council.
 */
public final class Congress {
    private final String id;
    private final Instant convenedAt;
    private final Instant until;
    private boolean closed;

    Congress(String id, Instant convenedAt, Instant until) {
        this.id = id;
        this.convenedAt = convenedAt;
        this.until = until;
    }

    public String id() { return id; }

    public Instant convenedAt() { return convenedAt; }

    public Instant until() { return until; }

    /** The congress's agenda: the proposals put to the council while it sat, in order. */
    public List<ProposalId> agenda(org.mandate.core.Federation state, org.mandate.core.BodyId council) {
        List<ProposalId> out = new ArrayList<>();
        for (org.mandate.core.proposal.Proposal p : state.proposals()) {
            if (p.body().equals(council) && !p.submittedAt().isBefore(convenedAt) && p.submittedAt().isBefore(until)) {
                out.add(p.id());
            }
        }
        return out;
    }

    public boolean sitting() { return !closed; }

    void close() { closed = true; }
}
