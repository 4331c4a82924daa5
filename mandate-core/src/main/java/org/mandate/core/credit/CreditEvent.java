package org.mandate.core.credit;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/** Events of mutual credit: the council's decisions, payments, invoices and clearings. */
public sealed interface CreditEvent extends Event {

    BodyId council();

    record MutualCreditAdopted(Instant at, BodyId council, String unit, ProposalId decision) implements CreditEvent {}

    record CreditLimitSet(Instant at, BodyId council, BodyId body, long limit, ProposalId decision) implements CreditEvent {}

    /** From now on a body's limit is {@code permille}/1000 of its turnover over the last {@code months}, between {@code floor} and {@code cap}. */
    record LimitRuleAdopted(Instant at, BodyId council, int permille, int months, long floor, long cap, ProposalId decision)
            implements CreditEvent {}

    record ClearingScheduled(Instant at, BodyId council, String clearing, Instant when, boolean settleThroughCredit, ProposalId decision)
            implements CreditEvent {}

    record PaymentMade(Instant at, BodyId council, BodyId from, BodyId to, long amount, String reference, String invoice, MemberId by,
            String office) implements CreditEvent {}

    record InvoiceRecorded(Instant at, BodyId council, String invoice, BodyId creditor, BodyId debtor, long amount, String description,
            MemberId by, String office) implements CreditEvent {}

    record InvoiceAccepted(Instant at, BodyId council, String invoice, MemberId by, String office) implements CreditEvent {}

    record InvoiceDisputed(Instant at, BodyId council, String invoice, String reason, MemberId by, String office) implements CreditEvent {}

    /**
     * The clearing was applied: {@code invoices} accepted invoices with {@code outstanding} owed took part,
     * {@code setOff} of it was cancelled and {@code settled} paid through the accounts. One
     * {@link InvoiceCleared} follows for each invoice it changed.
     */
    record ClearingApplied(Instant at, BodyId council, String clearing, int invoices, long outstanding, long setOff, long settled)
            implements CreditEvent {}

    record InvoiceCleared(Instant at, BodyId council, String clearing, String invoice, long setOff, long settled) implements CreditEvent {}
}
