package org.mandate.economy.clearing;

import java.util.List;
import org.mandate.core.BodyId;

/**
 * A cycle of the set-off: {@code bodies.get(k)} owed {@code bodies.get(k+1)} by invoice
 * {@code invoices.get(k)}, the last body owed the first, and every one of those invoices was reduced
 * by {@code amount}. Numbered from 1 in the order the clearing found them.
 */
public record SetOffCycle(int number, long amount, List<BodyId> bodies, List<String> invoices) {
    public SetOffCycle {
        bodies = List.copyOf(bodies);
        invoices = List.copyOf(invoices);
    }

    /** Invoices in the cycle, which is also the number of bodies on it. */
    public int length() {
        return invoices.size();
    }
}
