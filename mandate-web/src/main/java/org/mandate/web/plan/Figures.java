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
 * unit or of an hour as "1,500.5", prices (millionths of an hour per unit) to three decimals, or four
 * significant digits when below one hour, and imbalances (ppm) as signed percentages. Typed decimals
 * go back to thousandths exactly, never rounded: a fourth decimal is refused, not dropped.
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

    /** Thousandths as typed back into a form: no grouping, so the form reads what it shows. */
    static String typed(long v) {
        return BigDecimal.valueOf(v, 3).stripTrailingZeros().toPlainString();
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

    /** The most thousandths a form accepts: the core's own limit is far below, and refuses by its rule. */
    private static final BigDecimal MOST = BigDecimal.valueOf(Long.MAX_VALUE / 1000);

    /**
     * A decimal typed in a form, in thousandths, or null when it is not one with at most three decimals.
     * Spaces, and commas between digits as the pages print them, are allowed; the sign is kept, so a
     * negative coefficient reaches the core, which refuses it by its rule.
     */
    static Long parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "").replaceAll("(?<=\\d),(?=\\d{3})", "");
        if (!s.matches("[-+]?(\\d{1,16}(\\.\\d{0,3})?|\\.\\d{1,3})")) {
            return null;
        }
        BigDecimal d = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        return d.abs().compareTo(MOST) > 0 ? null : d.movePointRight(3).longValueExact();
    }

    static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
