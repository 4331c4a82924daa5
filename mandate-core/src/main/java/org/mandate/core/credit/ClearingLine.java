package org.mandate.core.credit;

/**
 * One invoice in a clearing: {@code setOff} cancelled against a cycle of other invoices, and
 * {@code settled} paid through the accounts (the debtor's balance down, the creditor's up by as much).
 */
public record ClearingLine(String invoice, long setOff, long settled) {}
