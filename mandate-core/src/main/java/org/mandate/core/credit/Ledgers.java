package org.mandate.core.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;

/** Every council's mutual credit, and every invoice by id and by the bodies it is between. */
public final class Ledgers {
    private final Map<BodyId, Ledger> ledgers = new LinkedHashMap<>();
    private final Map<String, Invoice> invoices = new HashMap<>();
    private final Map<BodyId, List<Invoice>> byBody = new HashMap<>();

    /** The council's ledger, or null if it never adopted mutual credit. */
    public Ledger of(BodyId council) {
        return council == null ? null : ledgers.get(council);
    }

    /** The council's ledger if its adoption of mutual credit stands now, else null. */
    public Ledger active(Federation state, BodyId council) {
        Ledger l = of(council);
        return l != null && l.active(state) ? l : null;
    }

    public Collection<Ledger> all() {
        return Collections.unmodifiableCollection(ledgers.values());
    }

    public Invoice invoice(String id) {
        return id == null ? null : invoices.get(id);
    }

    /** The invoices the body sent or received, in the order recorded. */
    public List<Invoice> invoicesOf(BodyId body) {
        return Collections.unmodifiableList(byBody.getOrDefault(body, List.of()));
    }

    /**
     * The clearings due at {@code now} in councils whose mutual credit stands: scheduled for then or
     * earlier, not annulled, not yet applied; earliest first. The server applies them on its clock's tick.
     */
    public List<ScheduledClearing> due(Federation state, Instant now) {
        List<ScheduledClearing> due = new ArrayList<>();
        for (Ledger l : ledgers.values()) {
            if (!l.active(state)) {
                continue;
            }
            for (ScheduledClearing c : l.clearings()) {
                if (!c.applied() && !c.when().isAfter(now) && l.standing(state, c)) {
                    due.add(c);
                }
            }
        }
        due.sort(Comparator.comparing(ScheduledClearing::when).thenComparing(ScheduledClearing::id));
        return due;
    }

    Ledger adopt(BodyId council) {
        return ledgers.computeIfAbsent(council, Ledger::new);
    }

    void add(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
        byBody.computeIfAbsent(invoice.creditor(), k -> new ArrayList<>()).add(invoice);
        byBody.computeIfAbsent(invoice.debtor(), k -> new ArrayList<>()).add(invoice);
    }
}
