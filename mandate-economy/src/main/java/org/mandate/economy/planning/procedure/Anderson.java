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
    private final int memory;
    private final int size;
    private final double[][] dF;
    private final double[][] dG;
    private final double[] lastF;
    private final double[] lastG;
    private boolean haveLast;
    private int stored;
    private int next;
    /** The plain step the last extrapolation skipped, to fall back on, and the residual norm it came from. */
    private final double[] plainFallback;
    private boolean extrapolated;
    private double residualBefore;
    private int rejections;
    private int kept;
    private double firstResidual = -1;

    Anderson(int memory, int size) {
        this.memory = memory;
        this.size = size;
        dF = new double[memory][size];
        dG = new double[memory][size];
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
        double residual = 0;
        for (int i = 0; i < size; i++) {
            double f = g[i] - w[i];
            residual += f * f;
        }
        residual = Math.sqrt(residual);
        if (firstResidual < 0) {
            firstResidual = residual;
        }
        if (extrapolated && (residual > residualBefore || residual > SAFEGUARD_SCALE * firstResidual * Math.pow(kept + 1, -SAFEGUARD_DECAY))) {
            rejections++;
            extrapolated = false;
            haveLast = false;
            stored = 0;
            next = 0;
            System.arraycopy(plainFallback, 0, w, 0, size);
            return;
        }
        if (extrapolated) {
            kept++;
        }
        if (haveLast) {
            double[] f = dF[next];
            double[] h = dG[next];
            for (int i = 0; i < size; i++) {
                double fi = g[i] - w[i];
                f[i] = fi - lastF[i];
                h[i] = g[i] - lastG[i];
            }
            next = (next + 1) % memory;
            stored = Math.min(stored + 1, memory);
        }
        for (int i = 0; i < size; i++) {
            lastF[i] = g[i] - w[i];
            lastG[i] = g[i];
        }
        haveLast = true;
        double[] gamma = stored == 0 ? null : coefficients();
        if (gamma == null) {
            System.arraycopy(g, 0, w, 0, size);
            extrapolated = false;
            return;
        }
        System.arraycopy(g, 0, plainFallback, 0, size);
        for (int i = 0; i < size; i++) {
            double step = g[i];
            for (int j = 0; j < stored; j++) {
                step -= dG[j][i] * gamma[j];
            }
            w[i] = step;
        }
        extrapolated = true;
        residualBefore = residual;
    }

    /** γ from the normal equations (ΔFᵀΔF + λI)γ = ΔFᵀf, by Gaussian elimination with pivoting; null if singular. */
    private double[] coefficients() {
        int m = stored;
        double[][] a = new double[m][m + 1];
        double trace = 0;
        for (int j = 0; j < m; j++) {
            for (int l = j; l < m; l++) {
                double dot = 0;
                double[] fj = dF[j];
                double[] fl = dF[l];
                for (int i = 0; i < size; i++) {
                    dot += fj[i] * fl[i];
                }
                a[j][l] = dot;
                a[l][j] = dot;
            }
            trace += a[j][j];
            double rhs = 0;
            for (int i = 0; i < size; i++) {
                rhs += dF[j][i] * lastF[i];
            }
            a[j][m] = rhs;
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
            double sum = a[r][m];
            for (int k = r + 1; k < m; k++) {
                sum -= a[r][k] * gamma[k];
            }
            gamma[r] = sum / a[r][r];
            if (!Double.isFinite(gamma[r])) {
                return null;
            }
        }
        return gamma;
    }
}
