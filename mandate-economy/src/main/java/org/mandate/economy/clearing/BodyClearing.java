package org.mandate.economy.clearing;

import org.mandate.core.BodyId;

/**
 * One body's position before and after clearing: what others owed it and what it owed them. Both
 * fall by the same amount, its set-off, so its net position ({@link #net}) is unchanged.
 */
public record BodyClearing(BodyId body, long owedBefore, long owedAfter, long owingBefore, long owingAfter) {
    /** What it is owed minus what it owes: positive for a net creditor. The same before and after. */
    public long net() {
        return owedAfter - owingAfter;
    }

    /** How much of its debts (and, equally, of its claims) clearing cancelled. */
    public long setOff() {
        return owingBefore - owingAfter;
    }
}
