package org.mandate.economy.planning.procedure;

/**
 * One good in a plan: what the workers' councils turn out ({@code supply}), what councils take
 * ({@code demand}: consumers' quantities plus the inputs of production), the published price in
 * hours per unit, and the relative imbalance |supply − demand| / supply (zero when nothing is made
 * or asked, infinite when something is asked and nothing made).
 */
public record GoodBalance(String good, double supply, double demand, double price, double imbalance) {
    static double relative(double supply, double demand) {
        double gap = Math.abs(supply - demand);
        if (gap == 0) {
            return 0;
        }
        return supply > 0 ? gap / supply : Double.POSITIVE_INFINITY;
    }
}
