package org.mandate.economy.clearing;

import java.util.Objects;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;

/**
 * An accepted, unpaid invoice: {@code debtor} owes {@code creditor} the {@code outstanding} amount,
 * a positive whole number of the smallest unit (cents, say). Its id has the shape of every Mandate id.
 * Bad values are refused with a message before an invoice is made (by the CSV reader or the domain),
 * so a bad one here is a bug and throws {@link IllegalArgumentException}.
 */
public record Invoice(String id, BodyId debtor, BodyId creditor, long outstanding) {
    public Invoice {
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(creditor, "creditor");
        if (!Ids.valid(id)) {
            throw new IllegalArgumentException("an invoice id must have the shape of an id; got " + id);
        }
        if (outstanding <= 0) {
            throw new IllegalArgumentException("invoice " + id + " must have a positive outstanding amount");
        }
        if (debtor.equals(creditor)) {
            throw new IllegalArgumentException("invoice " + id + " is from a body to itself");
        }
    }

    public static Invoice of(String id, String debtor, String creditor, long outstanding) {
        return new Invoice(id, BodyId.of(debtor), BodyId.of(creditor), outstanding);
    }
}
