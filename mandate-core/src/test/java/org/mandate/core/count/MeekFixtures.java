package org.mandate.core.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads counts written the way the published fixtures write them. */
final class MeekFixtures {

    private MeekFixtures() {
    }

    /** "800.584418564" as units of 10^-9. */
    static long u(String decimal) {
        return new BigDecimal(decimal).movePointRight(9).longValueExact();
    }

    static long[] u(String... decimals) {
        return Arrays.stream(decimals).mapToLong(MeekFixtures::u).toArray();
    }

    /**
     * Ballot lines in the BLT style the fixtures use: "weight c1 c2 ... 0", candidates numbered from 1.
     * Returns the preference lists (0-based) and fills {@code weights}.
     */
    static Ballots blt(String... lines) {
        List<int[]> lists = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            weights.add(Long.parseLong(f[0]));
            int[] prefs = new int[f.length - 2];
            for (int i = 1; i < f.length - 1; i++) {
                prefs[i - 1] = Integer.parseInt(f[i]) - 1;
            }
            if (!f[f.length - 1].equals("0")) {
                throw new IllegalArgumentException("BLT line must end in 0: " + line);
            }
            lists.add(prefs);
        }
        return new Ballots(lists.toArray(int[][]::new), weights.stream().mapToLong(Long::longValue).toArray());
    }

    record Ballots(int[][] lists, long[] weights) {
    }
}
