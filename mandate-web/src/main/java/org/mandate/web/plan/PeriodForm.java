package org.mandate.web.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.Ids;
import org.mandate.core.plan.PlanMotions;
import org.mandate.core.plan.PlanTerms.PlanGood;
import org.mandate.core.proposal.Motion;
import org.mandate.web.site.Form;
import org.mandate.web.site.Text;

/**
 * Reads the council's "propose a plan period" form into a draft carrying the core's OpenPlanPeriod: the
 * plan's id, its first and last day, the catalogue one good a row (blank rows left out), the tolerance
 * in per cent (to the record's per mille), the human rounds allowed and when statements close (UTC).
 * Each bad field is named beside it so the member mends it before anything is put to the council;
 * whether the council may decide it (its competence, an id already used) is the core's rule.
 */
final class PeriodForm {
    /** Rows of goods a fresh form offers, and how many more each "more rows" adds. */
    static final int ROWS = 4;
    static final int MORE = 3;
    /** Rows read: one past the core's catalogue limit, so a longer catalogue reaches its rule and sentence. */
    static final int MAX_ROWS = PlanMotions.MAX_GOODS + 1;
    /** The tolerance's decimal places in per cent: a tenth of a per cent is the record's one per mille. */
    private static final int TENTHS = 1;

    private PeriodForm() {}

    static String field(int row, String part) {
        return "good-" + row + "-" + part;
    }

    /** The rows to show: a fresh form's few, or as many as were sent, and more when the member asked for them. */
    static int rows(Form form) {
        if (!form.is("open")) {
            return ROWS;
        }
        int sent = 0;
        while (sent < MAX_ROWS && form.values().containsKey(field(sent + 1, "id"))) {
            sent++;
        }
        return Math.min(MAX_ROWS, Math.max(ROWS, sent) + (form.values().containsKey("more") ? MORE : 0));
    }

    static Drafts.Draft parse(Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        String plan = text(fields, "plan");
        if (!Ids.valid(plan)) {
            errors.put("plan", t.plain("open.plan.bad"));
        }
        LocalDate from = day(fields, "from", errors, t);
        LocalDate to = day(fields, "to", errors, t);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", t.plain("open.to.before"));
        }
        List<PlanGood> goods = goods(fields, errors, t);
        Long permille = Figures.parse(Form.first(fields, "tolerance"), TENTHS);
        if (permille == null || permille < 1 || permille > 100) {
            errors.put("tolerance", t.plain("open.tolerance.bad"));
        }
        int human = human(text(fields, "human"));
        if (human < 0) {
            errors.put("human", t.plain("open.human.bad", PlanMotions.MAX_HUMAN_ROUNDS));
        }
        Instant balanceAt = PlanPages.until(Form.first(fields, "balance"));
        if (balanceAt == null) {
            errors.put("balance", t.plain("plan.human.until.bad"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Motion motion = new Motion.OpenPlanPeriod(plan, from, to, goods, permille.intValue(), human, balanceAt);
        return new Drafts.Draft(Drafts.title(fields, t.plain("open.proposal", plan, from, to)), text(fields, "text"), motion,
                Drafts.competence(fields));
    }

    /** The catalogue, one good a row; each bad row named by its number, and a good's id used twice named where it comes again. */
    private static List<PlanGood> goods(Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        List<PlanGood> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= MAX_ROWS && fields.containsKey(field(n, "id")); n++) {
            String id = text(fields, field(n, "id"));
            String unit = text(fields, field(n, "unit"));
            String name = text(fields, field(n, "name"));
            if (id.isEmpty() && unit.isEmpty() && name.isEmpty()) {
                continue;
            }
            if (!Ids.valid(id)) {
                errors.put(field(n, "id"), t.plain("open.good.id.bad", n));
            } else if (!ids.add(id)) {
                errors.put(field(n, "id"), t.plain("open.good.id.twice", n, id));
            }
            if (unit.isEmpty()) {
                errors.put(field(n, "unit"), t.plain("open.good.unit.missing", n));
            }
            if (name.isEmpty()) {
                errors.put(field(n, "name"), t.plain("open.good.name.missing", n));
            }
            out.add(new PlanGood(id, unit, name));
        }
        if (out.isEmpty()) {
            errors.put("goods", t.plain("open.goods.none"));
        }
        return out;
    }

    private static LocalDate day(Map<String, List<String>> fields, String field, Map<String, String> errors, Text t) {
        try {
            return LocalDate.parse(text(fields, field));
        } catch (DateTimeParseException e) {
            errors.put(field, t.plain("open.day.bad"));
            return null;
        }
    }

    /** Human rounds allowed, or -1 when the field is not a whole number the core takes. */
    private static int human(String raw) {
        try {
            int n = Integer.parseInt(raw);
            return n >= 0 && n <= PlanMotions.MAX_HUMAN_ROUNDS ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Map<String, List<String>> fields, String field) {
        return Statements.strip(Form.first(fields, field));
    }
}
