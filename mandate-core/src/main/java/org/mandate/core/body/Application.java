package org.mandate.core.body;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/**
 * An open application to join an assembly. Under a sponsorship rule it gathers sponsors, then waits
 * out the objection window; under a vote rule, or after an objection, a proposal decides it.
 */
public final class Application {
    private final MemberId applicant;
    private final Instant filedAt;
    private final Set<MemberId> sponsors = new LinkedHashSet<>();
    private Instant objectionDeadline;
    private ProposalId vote;

    public Application(MemberId applicant, Instant filedAt) {
        this.applicant = applicant;
        this.filedAt = filedAt;
    }

    public MemberId applicant() { return applicant; }

    public Instant filedAt() { return filedAt; }

    public Set<MemberId> sponsors() { return java.util.Collections.unmodifiableSet(sponsors); }

    /** When the sponsorship completed, the end of the window for objections; null before. */
    public Instant objectionDeadline() { return objectionDeadline; }

    /** The proposal that decides this application by vote, or null while it goes by sponsorship. */
    public ProposalId vote() { return vote; }

    void sponsoredBy(MemberId sponsor) { sponsors.add(sponsor); }

    void objectionWindowUntil(Instant deadline) { objectionDeadline = deadline; }

    void decidedBy(ProposalId proposal) { vote = proposal; objectionDeadline = null; }
}
