package org.mandate.core.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;

/**
 * One invoice: the creditor's claim on the debtor, what the debtor made of it, and everything that has
 * reduced it since (payments, and each clearing's set-off and settlement). Mutated only by
 * {@link CreditEvolution}.
 */
public final class Invoice {
    /** Where an invoice stands with its debtor. */
    public enum Status {
        RECORDED, ACCEPTED, DISPUTED;

        public String words() {
            return switch (this) {
                case RECORDED -> "awaiting the debtor's answer";
                case ACCEPTED -> "accepted";
                case DISPUTED -> "disputed";
            };
        }
    }

    /** What one clearing did to this invoice. */
    public record Cleared(String clearing, Instant at, long setOff, long settled) {}

    private final String id;
    private final BodyId council;
    private final BodyId creditor;
    private final BodyId debtor;
    private final long amount;
    private final String description;
    private final Instant recordedAt;
    private final MemberId recordedBy;
    private Status status = Status.RECORDED;
    private Instant answeredAt;
    private MemberId answeredBy;
    private String disputeReason;
    private long paid;
    private long outstanding;
    private final List<Cleared> clearings = new ArrayList<>();

    Invoice(String id, BodyId council, BodyId creditor, BodyId debtor, long amount, String description, Instant recordedAt, MemberId recordedBy) {
        this.id = id;
        this.council = council;
        this.creditor = creditor;
        this.debtor = debtor;
        this.amount = amount;
        this.description = description;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.outstanding = amount;
    }

    public String id() { return id; }

    public BodyId council() { return council; }

    public BodyId creditor() { return creditor; }

    public BodyId debtor() { return debtor; }

    public long amount() { return amount; }

    public String description() { return description; }

    public Instant recordedAt() { return recordedAt; }

    public MemberId recordedBy() { return recordedBy; }

    public Status status() { return status; }

    /** When the debtor accepted or disputed it (the latest answer); null while it awaits one. */
    public Instant answeredAt() { return answeredAt; }

    public MemberId answeredBy() { return answeredBy; }

    /** The debtor's reason, while the invoice is disputed. */
    public String disputeReason() { return disputeReason; }

    /** Paid by payments naming this invoice. */
    public long paid() { return paid; }

    /** What the debtor still owes on it: the amount less payments, set-offs and settlements. */
    public long outstanding() { return outstanding; }

    /** Whether it takes part in a clearing now: accepted and not yet fully paid. */
    public boolean clearable() { return status == Status.ACCEPTED && outstanding > 0; }

    public List<Cleared> clearings() { return Collections.unmodifiableList(clearings); }

    void accept(Instant at, MemberId by) {
        status = Status.ACCEPTED;
        answeredAt = at;
        answeredBy = by;
        disputeReason = null;
    }

    void dispute(Instant at, MemberId by, String reason) {
        status = Status.DISPUTED;
        answeredAt = at;
        answeredBy = by;
        disputeReason = reason;
    }

    void pay(long amount) {
        paid += amount;
        outstanding -= amount;
    }

    void cleared(Cleared c) {
        clearings.add(c);
        outstanding -= c.setOff() + c.settled();
    }
}
