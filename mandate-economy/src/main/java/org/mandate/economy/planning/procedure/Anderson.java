package org.mandate.economy.planning.procedure;

/**
 * Anderson acceleration (type II, memory m) of a fixed-point iteration w ← G(w) for an averaged map G,
 * safeguarded (Zhang, O'Donoghue and Boyd, "Globally convergent type-I Anderson acceleration for
 * nonsmooth fixed-point iterations", SIAM J. Optim. 2020; the same safeguard runs in SCS 3). From the
 * last m residuals {@code f = G(w) − w} it extrapolates {@code G(w_k) − ΔG·γ}, γ minimising
 * {@code ‖f_k − ΔF·γ‖}. An extrapolated point is kept only if its residual is no larger than the one
 * it came from and than {@code D·‖f_0‖·(k+1)^−(1+ε)} after k kept extrapolations; otherwise the
 * iteration resumes from the plain step it skipped, with its memory cleared. The residuals of kept
 * extrapolations are then summable, and the plain steps between them converge as G's iteration does:
 * the acceleration can save rounds but cannot lose convergence.
 */
final class Anderson {
    private static final double REGULARISATION = 1e-10;
    private static final double SAFEGUARD_SCALE = 1e6;
    private static final double SAFEGUARD_DECAY = 1 + 1e-6;
    /** Vectors are summed in chunks of this size, in parallel, and the chunks' sums added in order, so results do not depend on threads. */
    private static final int CHUNK = 1 << 15;

    private final int memory;
    private final int size;
    private final boolean parallel;
    private final double[][] dF;
    private final double[][] dG;
    private final double[][] gram;
    /** ΔF_jᵀ·f for the current residual f, carried from round to round. */
    private final double[] rhs;
    private final double[] lastF;
    private final double[] lastG;
    /** The plain step the last extrapolation skipped, to fall back on. */
    private final double[] plainFallback;
    private boolean haveLast;
    private int stored;
    private int next;
    private boolean extrapolated;
    private double residualBefore;
    private int kept;
    private double firstResidual = -1;
    private int rejections;

    Anderson(int memory, int size, boolean parallel) {
        this.memory = memory;
        this.size = size;
        this.parallel = parallel;
        dF = new double[memory][size];
        dG = new double[memory][size];
        gram = new double[memory][memory];
        rhs = new double[memory];
        lastF = new double[size];
        lastG = new double[size];
        plainFallback = new double[size];
    }

    /** Forgets the history: the map being iterated has changed. */
    void reset() {
        firstResidual = -1;
        kept = 0;
        extrapolated = false;
        haveLast = false;
        stored = 0;
        next = 0;
    }

    int rejections() {
        return rejections;
    }

    /**
     * Given the current point w and its plain image g = G(w), overwrites w with the next point to
     * evaluate: the extrapolation, the plain image, or the plain step an unlucky extrapolation skipped.
     * Three passes over the vectors: the residual with the new differences, the new column's products
     * with the stored ones, and the extrapolation; the products of the stored columns with the
     * residual are carried from round to round (each is last round's plus its product with the newest
     * column, as the residual moved by exactly that column).
     */
    void advance(double[] w, double[] g) {
        boolean adding = haveLast;
        int slot = next;
        double[] f = dF[slot];
        double[] h = dG[slot];
        double residual = Math.sqrt(sum((i, n) -> {
            double total = 0;
            for (; i < n; i++) {
                double fi = g[i] - w[i];
                total += fi * fi;
                if (adding) {
                    f[i] = fi - lastF[i];
                    h[i] = g[i] - lastG[i];
                }
                lastF[i] = fi;
                lastG[i] = g[i];
            }
            return total;
        }));
        if (firstResidual < 0) {
            firstResidual = residual;
        }
        if (extrapolated && (residual > residualBefore || residual > SAFEGUARD_SCALE * firstResidual * Math.pow(kept + 1, -SAFEGUARD_DECAY))) {
            rejections++;
            reset();
            firstResidual = residual;
            System.arraycopy(plainFallback, 0, w, 0, size);
            return;
        }
        if (extrapolated) {
            kept++;
        }
        haveLast = true;
        if (adding) {
            stored = Math.min(stored + 1, memory);
            int m = stored;
            double[] dots = sums(m + 1, (i, n, out) -> {
                for (; i < n; i++) {
                    double fi = f[i];
                    for (int j = 0; j < m; j++) {
                        out[j] += fi * dF[j][i];
                    }
                    out[m] += fi * lastF[i];
                }
            });
            for (int j = 0; j < m; j++) {
                gram[slot][j] = dots[j];
                gram[j][slot] = dots[j];
                if (j != slot) {
                    rhs[j] += dots[j];
                }
            }
            rhs[slot] = dots[m];
            next = (next + 1) % memory;
        }
        double[] gamma = stored == 0 ? null : coefficients();
        if (gamma == null) {
            System.arraycopy(g, 0, w, 0, size);
            extrapolated = false;
            return;
        }
        System.arraycopy(g, 0, plainFallback, 0, size);
        int m = stored;
        chunks((i, n) -> {
            for (; i < n; i++) {
                double step = g[i];
                for (int j = 0; j < m; j++) {
                    step -= dG[j][i] * gamma[j];
                }
                w[i] = step;
            }
        });
        extrapolated = true;
        residualBefore = residual;
    }

    /** γ from the normal equations (ΔFᵀΔF + λI)γ = ΔFᵀf, by Gaussian elimination with pivoting; null if singular. */
    private double[] coefficients() {
        int m = stored;
        double[][] a = new double[m][m + 1];
        double trace = 0;
        for (int j = 0; j < m; j++) {
            System.arraycopy(gram[j], 0, a[j], 0, m);
            trace += gram[j][j];
            a[j][m] = rhs[j];
        }
        for (int j = 0; j < m; j++) {
            a[j][j] += REGULARISATION * trace + Double.MIN_NORMAL;
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (a[col][col] == 0 || !Double.isFinite(a[col][col])) {
                return null;
            }
            for (int r = col + 1; r < m; r++) {
                double factor = a[r][col] / a[col][col];
                for (int k = col; k <= m; k++) {
                    a[r][k] -= factor * a[col][k];
                }
            }
        }
        double[] gamma = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double total = a[r][m];
            for (int k = r + 1; k < m; k++) {
                total -= a[r][k] * gamma[k];
            }
            gamma[r] = total / a[r][r];
            if (!Double.isFinite(gamma[r])) {
                return null;
            }
        }
        return gamma;
    }

    private interface Span {
        void run(int from, int to);
    }

    private interface Partial {
        double of(int from, int to);
    }

    private interface Partials {
        void add(int from, int to, double[] into);
    }

    /** Several sums in one pass, chunk by chunk, added in chunk order. */
    private double[] sums(int count, Partials partials) {
        int chunks = (size + CHUNK - 1) / CHUNK;
        double[][] parts = new double[chunks][count];
        chunks((from, to) -> partials.add(from, to, parts[from / CHUNK]));
        double[] total = new double[count];
        for (double[] part : parts) {
            for (int j = 0; j < count; j++) {
                total[j] += part[j];
            }
        }
        return total;
    }

    private void chunks(Span span) {
        int count = (size + CHUNK - 1) / CHUNK;
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, count);
        (parallel ? range.parallel() : range).forEach(c -> span.run(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
    }

    private double sum(Partial partial) {
        int count = (size + CHUNK - 1) / CHUNK;
        double[] sums = new double[count];
        chunks((from, to) -> sums[from / CHUNK] = partial.of(from, to));
        double total = 0;
        for (double x : sums) {
            total += x;
        }
        return total;
    }
}
