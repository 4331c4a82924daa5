package org.mandate.core.credit;

import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Command;

/** What office-holders do with their bodies' accounts and invoices, and the clearing the server applies. */
public sealed interface CreditCommand extends Command {

    /**
     * Pays {@code amount} from {@code from}'s account to {@code to}'s in {@code council}'s mutual credit.
     * Needs {@code make-payment} in an office of {@code from}. With {@code invoice}, it pays (part of) that
     * accepted invoice of {@code from} to {@code to}; {@code reference} is the payer's own note.
     */
    record MakePayment(BodyId council, BodyId from, BodyId to, long amount, String reference, String invoice) implements CreditCommand {}

    /** The creditor's claim on the debtor, in the council's unit. Needs {@code record-invoice} in an office of the creditor. */
    record RecordInvoice(BodyId council, String invoice, BodyId creditor, BodyId debtor, long amount, String description)
            implements CreditCommand {}

    /** The debtor owns the debt. Needs {@code make-payment} in an office of the debtor. */
    record AcceptInvoice(String invoice) implements CreditCommand {}

    /** The debtor refuses the claim, saying why. Needs {@code make-payment} in an office of the debtor. */
    record DisputeInvoice(String invoice, String reason) implements CreditCommand {}

    /**
     * The clearing {@code clearing} the council scheduled, as the server computed it: per invoice the
     * amount set off and, when the council chose it, the amount settled through the accounts. Only the
     * server sends it; the core checks it.
     */
    record ApplyClearing(BodyId council, String clearing, List<ClearingLine> lines) implements CreditCommand {
        public ApplyClearing {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }
}
