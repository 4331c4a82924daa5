package org.mandate.economy.credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.core.BodyId;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;

/**
 * Settles, through the bodies' mutual-credit accounts and within their limits, part of what a clearing
 * left owing (the rule is in {@code package-info.java}). Pure and deterministic like clearing itself.
 * Every body in the clearing needs a credit line; a missing one is a bug and throws
 * {@link IllegalArgumentException}.
 */
public final class CreditSettlement {
    private final List<Invoice> invoices;
    private final Map<String, Integer> position = new HashMap<>();
    private final long[] remainingBefore;
    private final long[] settled;
    private final List<CreditMovement> movements;

    private CreditSettlement(List<Invoice> invoices, long[] remainingBefore, long[] settled, List<CreditMovement> movements) {
        this.invoices = invoices;
        this.remainingBefore = remainingBefore;
        this.settled = settled;
        this.movements = movements;
        for (int i = 0; i < invoices.size(); i++) {
            position.put(invoices.get(i).id(), i);
        }
    }

    public static CreditSettlement settle(ClearingResult clearing, Collection<CreditLine> lines) {
        TreeMap<BodyId, CreditLine> accounts = new TreeMap<>();
        for (CreditLine line : lines) {
            if (accounts.put(line.body(), line) != null) {
                throw new IllegalArgumentException("two credit lines for " + line.body());
            }
        }
        TreeMap<BodyId, Integer> index = new TreeMap<>();
        for (Invoice invoice : clearing.invoices()) {
            index.put(invoice.debtor(), 0);
            index.put(invoice.creditor(), 0);
        }
        List<BodyId> bodies = new ArrayList<>(index.keySet());
        for (int v = 0; v < bodies.size(); v++) {
            index.put(bodies.get(v), v);
            if (!accounts.containsKey(bodies.get(v))) {
                throw new IllegalArgumentException(bodies.get(v) + " takes part in the clearing but has no credit line");
            }
        }
        List<Invoice> invoices = clearing.invoices();
        int[] debtor = new int[invoices.size()];
        int[] creditor = new int[invoices.size()];
        long[] left = new long[invoices.size()];
        for (int i = 0; i < invoices.size(); i++) {
            debtor[i] = index.get(invoices.get(i).debtor());
            creditor[i] = index.get(invoices.get(i).creditor());
            left[i] = invoices.get(i).outstanding() - clearing.setOff(invoices.get(i).id());
        }
        long[] remainingBefore = left.clone();
        long[] headroom = new long[bodies.size()];
        for (int v = 0; v < bodies.size(); v++) {
            headroom[v] = accounts.get(bodies.get(v)).headroom();
        }
        long[] change = ChainPayments.pay(bodies.size(), debtor, creditor, left, headroom);
        long[] settled = new long[invoices.size()];
        for (int i = 0; i < invoices.size(); i++) {
            settled[i] = remainingBefore[i] - left[i];
        }
        List<CreditMovement> movements = new ArrayList<>();
        for (CreditLine line : accounts.values()) {
            Integer v = index.get(line.body());
            long moved = v == null ? 0 : change[v];
            movements.add(new CreditMovement(line.body(), line.balance(), line.balance() + moved, line.limit()));
        }
        return new CreditSettlement(invoices, remainingBefore, settled, List.copyOf(movements));
    }

    /** How much of the invoice's remaining debt the credit payments discharged. */
    public long settled(String invoiceId) {
        return settled[position.get(invoiceId)];
    }

    /** Every account, in order of body id, with its balance before and after. */
    public List<CreditMovement> movements() {
        return movements;
    }

    /** The total paid out of accounts (and, equally, into them). */
    public long paid() {
        return movements.stream().mapToLong(m -> Math.max(0, -m.change())).sum();
    }

    /** The invoice debt the payments discharged: each payment times the length of its chain. */
    public long discharged() {
        long total = 0;
        for (long s : settled) {
            total += s;
        }
        return total;
    }

    public long remainingBefore() {
        long total = 0;
        for (long r : remainingBefore) {
            total += r;
        }
        return total;
    }

    public long remainingAfter() {
        return remainingBefore() - discharged();
    }

    public List<Invoice> invoices() {
        return invoices;
    }
}
