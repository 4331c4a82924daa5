package org.mandate.economy.clearing;

/**
 * The federation's figures for one clearing. {@code netInternalDebt} is the sum of the positive net
 * positions: no set-off can bring the remaining debt below it, because what a net debtor owes on
 * balance must still be paid. So {@code remaining / netInternalDebt} is at least 1, and 1 would mean
 * that nothing but net positions is left.
 */
public record FederationClearing(int bodies, int invoices, long totalBefore, long setOff, long netInternalDebt) {
    public long remaining() {
        return totalBefore - setOff;
    }

    /** Share of the outstanding total that was set off, 0 to 1 (0 when there was nothing to clear). */
    public double shareCleared() {
        return totalBefore == 0 ? 0 : (double) setOff / totalBefore;
    }

    /** Remaining debt over the net-internal-debt bound, at least 1 (1 when nothing is owed on balance). */
    public double remainingOverBound() {
        return netInternalDebt == 0 ? 1 : (double) remaining() / netInternalDebt;
    }
}
