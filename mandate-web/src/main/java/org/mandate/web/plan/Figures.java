package org.mandate.web.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.mandate.core.plan.PlanTerms.RoundFigures;

/**
 * How the plan pages write the record's whole numbers as decimals a planner reads: thousandths of a
 * unit as "1,500.5", per-unit coefficients and values (millionths) as "0.125", prices (millionths of an
 * hour per unit) to three decimals, or four significant digits when below one hour, and imbalances (ppm)
 * as signed percentages. Typed decimals go back to the record's scale exactly, never rounded: a decimal
 * beyond it is refused, not dropped.
 */
final class Figures {
    private Figures() {}

    private static DecimalFormat format() {
        // DecimalFormat is not thread-safe: one per call, pages are rendered concurrently.
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    /** Thousandths as a decimal: 1500 is "1.5", 2000000 is "2,000". */
    static String thousandths(long v) {
        return format().format(BigDecimal.valueOf(v, 3));
    }

    /** Millionths as a decimal, every digit kept: a per-unit coefficient of 125000 is "0.125". */
    static String millionths(long v) {
        return format().format(BigDecimal.valueOf(v, 6));
    }

    /** Thousandths as typed back into a form: no grouping, so the form reads what it shows. */
    static String typed(long v) {
        return typed(v, THOUSANDTHS);
    }

    /** A whole number of the given decimal places as typed back into a form. */
    static String typed(long v, int places) {
        return BigDecimal.valueOf(v, places).stripTrailingZeros().toPlainString();
    }

    static String quantity(long v, String unit) {
        return thousandths(v) + " " + unit;
    }

    /** A price in hours per unit, from millionths. */
    static String price(long millionths) {
        BigDecimal p = BigDecimal.valueOf(millionths, 6);
        p = p.abs().compareTo(BigDecimal.ONE) >= 0 ? p.setScale(3, RoundingMode.HALF_EVEN) : p.round(new MathContext(4, RoundingMode.HALF_EVEN));
        return format().format(p);
    }

    /** A relative imbalance from ppm, as a percentage: two decimals from 1% up, four below; no sign. */
    static String share(long ppm) {
        return (Math.abs(ppm) >= RoundFigures.MAX_IMBALANCE ? "≥ " : "") + percent(ppm);
    }

    /** The percentage alone, for the plot's axis, where the record's ceiling is a scale mark and not a figure. */
    static String percent(long ppm) {
        long a = Math.abs(ppm);
        BigDecimal percent = BigDecimal.valueOf(a, 4);
        return format().format(percent.setScale(a >= 10_000 ? 2 : 4, RoundingMode.HALF_EVEN).stripTrailingZeros()) + "%";
    }

    /**
     * A signed imbalance, (demand − supply) / supply: "+2.5%" where demand exceeds supply, "−0.3%" where
     * supply does; "≥ +100,000%" at the record's ceiling, where next to nothing is made of what is asked.
     */
    static String signed(long ppm) {
        String sign = ppm > 0 ? "+" : ppm < 0 ? "−" : "";
        return Math.abs(ppm) >= RoundFigures.MAX_IMBALANCE ? "≥ " + sign + percent(ppm) : sign + percent(ppm);
    }

    /** The council's tolerance, from per mille: 10 is "1%", 5 is "0.5%". */
    static String tolerance(int permille) {
        return BigDecimal.valueOf(permille, 1).stripTrailingZeros().toPlainString() + "%";
    }

    /** Decimal places of the record's two scales. */
    static final int THOUSANDTHS = 3;
    static final int MILLIONTHS = 6;

    /** The largest whole number a form accepts in either scale: the core's own limits are far below, and refuse by their rules. */
    private static final long MOST = Long.MAX_VALUE / 1_000_000;

    /** A decimal typed in a form, in thousandths, or null: see {@link #parse(String, int)}. */
    static Long parse(String raw) {
        return parse(raw, THOUSANDTHS);
    }

    /**
     * A decimal typed in a form, in whole units of {@code places} decimals, or null when it is not a number
     * with at most that many decimals. Spaces, and commas between digits as the pages print them, are
     * allowed; the sign is kept, so a negative coefficient reaches the core, which refuses it by its rule.
     */
    static Long parse(String raw, int places) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "").replaceAll("(?<=\\d),(?=\\d{3})", "");
        if (!s.matches("[-+]?(\\d{1,16}(\\.\\d{0," + places + "})?|\\.\\d{1," + places + "})")) {
            return null;
        }
        BigDecimal d = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        return d.abs().compareTo(BigDecimal.valueOf(MOST)) > 0 ? null : d.movePointRight(places).longValueExact();
    }

    static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
