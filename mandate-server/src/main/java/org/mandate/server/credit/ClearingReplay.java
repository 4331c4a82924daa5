package org.mandate.server.credit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;

/**
 * An applied clearing explained again from what the record kept of it: the invoices as they stood just
 * before and the set-off of each. The economy's decomposition is deterministic, so the cycles are the
 * ones the clearing was computed with, and a treasurer sees against which bodies each amount went.
 */
public final class ClearingReplay {
    private ClearingReplay() {}

    /** The report of an applied clearing (cycles, positions, totals); the clearing must have been applied. */
    public static ClearingResult explain(ScheduledClearing c) {
        List<Invoice> invoices = new ArrayList<>(c.participants().size());
        for (ScheduledClearing.Participant p : c.participants()) {
            invoices.add(new Invoice(p.invoice(), p.debtor(), p.creditor(), p.outstanding()));
        }
        Map<String, Long> setOff = new HashMap<>();
        for (ClearingLine line : c.lines().values()) {
            if (line.setOff() > 0) {
                setOff.put(line.invoice(), line.setOff());
            }
        }
        return Clearing.explain(invoices, setOff);
    }
}
