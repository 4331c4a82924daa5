package org.mandate.economy.clearing;

/** The part of an invoice's set-off that cycle number {@code cycle} accounts for. */
public record CycleShare(int cycle, long amount) {}
