package org.mandate.web.credit;

import java.util.Locale;

/**
 * How the credit pages write an amount: whole numbers of the council's smallest unit, grouped by
 * thousands so a treasurer reads 1,300 at a glance, never rounded and never turned into a decimal
 * currency the council did not name.
 */
final class Amounts {
    private Amounts() {}

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String of(long n, String unit) {
        return number(n) + " " + unit;
    }

    /** A change of a balance, with its sign: "+300", "-120", "0". */
    static String signed(long n) {
        return n > 0 ? "+" + number(n) : number(n);
    }

    /** A share of a whole, 0 to 1, as a percentage with one decimal: a clearing's 23.1% must not read as 23%. */
    static String share(double s) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * s);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    /**
     * A whole number typed in a form, or null when it is not one. Spaces, and commas between digits as
     * the pages print them, are allowed; the sign is kept, so a negative amount reaches the core, which
     * refuses it by its rule.
     */
    static Long parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "").replaceAll("(?<=\\d),(?=\\d{3})", "");
        if (!s.matches("[-+]?\\d{1,19}")) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
