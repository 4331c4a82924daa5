package org.mandate.core.credit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;

/**
 * A clearing the council scheduled and, once applied, what it did: the invoices that took part as they
 * stood just before (so the report can be computed again at any time from the record alone), the
 * balances before, and the line of each invoice it changed. Mutated only by {@link CreditEvolution}.
 */
public final class ScheduledClearing {
    /** An accepted, unpaid invoice as it stood when the clearing was applied. */
    public record Participant(String invoice, BodyId debtor, BodyId creditor, long outstanding) {}

    private final String id;
    private final BodyId council;
    private final Instant when;
    private final boolean settleThroughCredit;
    private final ProposalId decision;
    private Instant appliedAt;
    private List<Participant> participants = List.of();
    private Map<BodyId, Long> balancesBefore = Map.of();
    private final Map<String, ClearingLine> lines = new LinkedHashMap<>();
    private long outstanding;
    private long setOff;
    private long settled;

    ScheduledClearing(String id, BodyId council, Instant when, boolean settleThroughCredit, ProposalId decision) {
        this.id = id;
        this.council = council;
        this.when = when;
        this.settleThroughCredit = settleThroughCredit;
        this.decision = decision;
    }

    public String id() { return id; }

    public BodyId council() { return council; }

    /** When it falls due. */
    public Instant when() { return when; }

    public boolean settleThroughCredit() { return settleThroughCredit; }

    public ProposalId decision() { return decision; }

    /** When the server applied it; null while it is still to come. */
    public Instant appliedAt() { return appliedAt; }

    public boolean applied() { return appliedAt != null; }

    /** The invoices that took part, in order of id, as they stood before. */
    public List<Participant> participants() { return participants; }

    /** Every account's balance just before, in order of body id. */
    public Map<BodyId, Long> balancesBefore() { return balancesBefore; }

    /** The line of each invoice the clearing changed, in order of invoice id. */
    public Map<String, ClearingLine> lines() { return Collections.unmodifiableMap(lines); }

    public long outstanding() { return outstanding; }

    public long setOff() { return setOff; }

    public long settled() { return settled; }

    void applied(CreditEvent.ClearingApplied e, List<Participant> participants, Map<BodyId, Long> balances) {
        this.appliedAt = e.at();
        this.participants = List.copyOf(participants);
        this.balancesBefore = Collections.unmodifiableMap(new java.util.TreeMap<>(balances));
        this.outstanding = e.outstanding();
        this.setOff = e.setOff();
        this.settled = e.settled();
    }

    void line(ClearingLine line) {
        lines.put(line.invoice(), line);
    }
}
