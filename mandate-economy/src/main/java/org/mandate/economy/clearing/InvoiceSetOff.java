package org.mandate.economy.clearing;

import java.util.List;

/** What clearing did to one invoice: how much was set off, against which cycles, and what remains to pay. */
public record InvoiceSetOff(Invoice invoice, long setOff, List<CycleShare> cycles) {
    public InvoiceSetOff {
        cycles = List.copyOf(cycles);
    }

    public long remaining() {
        return invoice.outstanding() - setOff;
    }
}
