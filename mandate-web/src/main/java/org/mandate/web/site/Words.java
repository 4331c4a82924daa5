package org.mandate.web.site;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.count.Fraction;

/** Small formatting rules the pages share, so a date or a rule reads the same on every page. */
public final class Words {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Words() {}

    public static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    /** An ISO instant for a {@code <time datetime>} attribute. */
    public static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    public static String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        long hours = d.toHours();
        return hours + (hours == 1 ? " hour" : " hours");
    }

    public static String fraction(Fraction f) {
        return f.numerator() == 0 ? "none" : f.numerator() + "/" + f.denominator();
    }

    /** The enum constant as a lower-case phrase: {@code STAND_ASIDE} → "stand aside". */
    public static String phrase(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** How a kind of decision is taken, in one line. */
    public static String rule(Text t, DecisionRule r) {
        String s = t.plain("method." + r.method().name().toLowerCase(Locale.ROOT)) + ", " + t.plain("rule.quorum", fraction(r.quorum()));
        if (r.method() == org.mandate.core.charter.Method.MAJORITY) {
            s += ", " + t.plain(r.strict() ? "rule.threshold.more" : "rule.threshold.least", fraction(r.threshold()));
        }
        s += ", " + t.plain("rule.windows", duration(r.deliberation()), duration(r.voting()));
        return r.secret() ? s + ", " + t.plain("rule.secret") : s;
    }

    /** A share as a percentage with no decimals, for bars and figures; 0 when the whole is 0. */
    public static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
