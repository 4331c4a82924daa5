package org.mandate.economy.clearing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.mandate.core.BodyId;

/**
 * The outcome of one clearing: per invoice its set-off and the cycles it came from, the cycles with
 * their bodies, a position per body and the federation's totals. Invoices are in order of id, bodies
 * in order of id, cycles in the order they were found. Immutable.
 */
public final class ClearingResult {
    private final List<Invoice> invoices;
    private final List<BodyId> bodies;
    private final InvoiceGraph graph;
    private final long[] setOff;
    private final CycleDecomposition cycles;
    private final Map<String, Integer> position = new HashMap<>();
    /** Cycles through invoice {@code i}: {@code cycleOf[shareStart[i]] .. cycleOf[shareStart[i+1]-1]}. */
    private final int[] shareStart;
    private final int[] cycleOf;

    ClearingResult(List<Invoice> invoices, List<BodyId> bodies, InvoiceGraph graph, long[] setOff, CycleDecomposition cycles) {
        this.invoices = invoices;
        this.bodies = bodies;
        this.graph = graph;
        this.setOff = setOff;
        this.cycles = cycles;
        for (int i = 0; i < invoices.size(); i++) {
            position.put(invoices.get(i).id(), i);
        }
        shareStart = new int[invoices.size() + 1];
        for (int k = 0; k < cycles.invoice.length; k++) {
            shareStart[cycles.invoice[k] + 1]++;
        }
        for (int i = 0; i < invoices.size(); i++) {
            shareStart[i + 1] += shareStart[i];
        }
        cycleOf = new int[cycles.invoice.length];
        int[] fill = java.util.Arrays.copyOf(shareStart, invoices.size());
        for (int c = 0; c < cycles.count; c++) {
            for (int k = cycles.start[c]; k < cycles.start[c + 1]; k++) {
                cycleOf[fill[cycles.invoice[k]]++] = c;
            }
        }
    }

    public List<Invoice> invoices() {
        return invoices;
    }

    /** The set-off of the invoice with this id. */
    public long setOff(String invoiceId) {
        Integer i = position.get(invoiceId);
        if (i == null) {
            throw new NoSuchElementException("no invoice " + invoiceId + " in this clearing");
        }
        return setOff[i];
    }

    /** Every invoice with its set-off and the cycles that make it up, in order of invoice id. */
    public List<InvoiceSetOff> invoiceSetOffs() {
        List<InvoiceSetOff> all = new ArrayList<>(invoices.size());
        for (int i = 0; i < invoices.size(); i++) {
            List<CycleShare> shares = new ArrayList<>(shareStart[i + 1] - shareStart[i]);
            for (int k = shareStart[i]; k < shareStart[i + 1]; k++) {
                shares.add(new CycleShare(cycleOf[k] + 1, cycles.amount[cycleOf[k]]));
            }
            all.add(new InvoiceSetOff(invoices.get(i), setOff[i], shares));
        }
        return all;
    }

    public int cycleCount() {
        return cycles.count;
    }

    /** Cycle {@code number} (from 1) with its bodies and invoices. */
    public SetOffCycle cycle(int number) {
        int c = number - 1;
        List<BodyId> on = new ArrayList<>();
        List<String> through = new ArrayList<>();
        for (int k = cycles.start[c]; k < cycles.start[c + 1]; k++) {
            int i = cycles.invoice[k];
            on.add(bodies.get(graph.debtor(i)));
            through.add(invoices.get(i).id());
        }
        return new SetOffCycle(number, cycles.amount[c], on, through);
    }

    public List<SetOffCycle> cycles() {
        List<SetOffCycle> all = new ArrayList<>(cycles.count);
        for (int c = 1; c <= cycles.count; c++) {
            all.add(cycle(c));
        }
        return all;
    }

    /** Each body's position before and after, in order of body id. */
    public List<BodyClearing> bodies() {
        int n = bodies.size();
        long[] owed = new long[n];
        long[] owedLeft = new long[n];
        long[] owing = new long[n];
        long[] owingLeft = new long[n];
        for (int i = 0; i < invoices.size(); i++) {
            int d = graph.debtor(i);
            int c = graph.creditor(i);
            long a = graph.amount(i);
            owing[d] += a;
            owingLeft[d] += a - setOff[i];
            owed[c] += a;
            owedLeft[c] += a - setOff[i];
        }
        List<BodyClearing> all = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            all.add(new BodyClearing(bodies.get(v), owed[v], owedLeft[v], owing[v], owingLeft[v]));
        }
        return all;
    }

    public FederationClearing federation() {
        long cleared = 0;
        for (long s : setOff) {
            cleared += s;
        }
        long bound = 0;
        for (long net : graph.netPositions()) {
            if (net > 0) {
                bound += net;
            }
        }
        return new FederationClearing(bodies.size(), invoices.size(), graph.total(), cleared, bound);
    }
}
