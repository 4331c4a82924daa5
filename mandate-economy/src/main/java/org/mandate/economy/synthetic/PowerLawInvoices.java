package org.mandate.economy.synthetic;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.economy.clearing.InvoiceGraph;

/**
 * Synthetic invoice graphs shaped like trade between firms, for tests and benchmarks: a few bodies
 * trade a great deal and most trade a little. Body {@code k} (from 0) has weight {@code (k+1)^-2/3},
 * which gives degrees a power law with exponent about 2.5 (Chung and Lu's model); each invoice picks
 * its debtor and its creditor by weight, so the large bodies both buy and sell much, as large firms do,
 * and amounts are log-normal around 1,000.00 (in hundredths). The same seed gives the same graph on
 * every JDK (the L64X128MixRandom algorithm is specified exactly).
 */
public final class PowerLawInvoices {
    private static final double WEIGHT_EXPONENT = 2.0 / 3.0;
    private static final double MEDIAN_AMOUNT = 100_000;
    private static final double AMOUNT_SPREAD = 1.2;
    private static final long LARGEST_AMOUNT = 100_000_000_000L;

    private PowerLawInvoices() {}

    public static InvoiceGraph generate(int bodies, int invoices, long seed) {
        if (bodies < 2 || invoices < 0) {
            throw new IllegalArgumentException("a synthetic graph needs two bodies or more and no negative count of invoices");
        }
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        double[] cumulative = new double[bodies];
        double sum = 0;
        for (int k = 0; k < bodies; k++) {
            sum += Math.pow(k + 1, -WEIGHT_EXPONENT);
            cumulative[k] = sum;
        }
        int[] debtor = new int[invoices];
        int[] creditor = new int[invoices];
        long[] amount = new long[invoices];
        for (int i = 0; i < invoices; i++) {
            int d = pick(cumulative, random.nextDouble(sum));
            int c;
            do {
                c = pick(cumulative, random.nextDouble(sum));
            } while (c == d);
            debtor[i] = d;
            creditor[i] = c;
            double a = MEDIAN_AMOUNT * Math.exp(AMOUNT_SPREAD * random.nextGaussian());
            amount[i] = Math.max(1, Math.min(LARGEST_AMOUNT, Math.round(a)));
        }
        return new InvoiceGraph(bodies, debtor, creditor, amount);
    }

    private static int pick(double[] cumulative, double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
