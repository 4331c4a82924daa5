package org.mandate.bench.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Medians of runs and the load average beside them, for the main-class benchmark programs. */
public final class Measures {
    private Measures() {}

    /** The middle value (the upper middle for an even count); the array is left as it was. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The 1, 5 and 15-minute load averages as {@code uptime} shows them, or "n/a" where there is no /proc/loadavg. */
    public static String load() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", Arrays.copyOf(Files.readString(loadavg).trim().split(" "), 3)) : "n/a";
    }
}
