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
     */
    void advance(double[] w, double[] g) {
        double residual = Math.sqrt(sum((i, n) -> {
            double total = 0;
            for (; i < n; i++) {
                double f = g[i] - w[i];
                total += f * f;
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
        if (haveLast) {
            double[] f = dF[next];
            double[] h = dG[next];
            chunks((i, n) -> {
                for (; i < n; i++) {
                    double fi = g[i] - w[i];
                    f[i] = fi - lastF[i];
                    h[i] = g[i] - lastG[i];
                }
            });
            stored = Math.min(stored + 1, memory);
            for (int j = 0; j < stored; j++) {
                double[] other = dF[j];
                double dot = sum((i, n) -> {
                    double total = 0;
                    for (; i < n; i++) {
                        total += f[i] * other[i];
                    }
                    return total;
                });
                gram[next][j] = dot;
                gram[j][next] = dot;
            }
            next = (next + 1) % memory;
        }
        chunks((i, n) -> {
            for (; i < n; i++) {
                lastF[i] = g[i] - w[i];
                lastG[i] = g[i];
            }
        });
        haveLast = true;
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
            double[] column = dF[j];
            a[j][m] = sum((i, n) -> {
                double total = 0;
                for (; i < n; i++) {
                    total += column[i] * lastF[i];
                }
                return total;
            });
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
