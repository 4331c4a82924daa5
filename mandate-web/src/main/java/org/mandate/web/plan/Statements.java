package org.mandate.web.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.site.Form;
import org.mandate.web.site.Text;

/**
 * The plan forms' fields read into the core's terms: decimals to the record's scales (quantities,
 * needs, capacities and levels in thousandths; what a unit of activity makes, uses and takes in labour,
 * and a step's value per unit, in millionths), blank rows left out.
 * Only the shape is checked here (a number with at most three decimals, a named technique, a step with
 * both its quantity and its value); a negative coefficient, a technique that makes nothing or a
 * preference that rises are the core's rules, refused with its sentence.
 */
final class Statements {
    /** Technique slots read: the core refuses more than it takes in one statement by its own rule. */
    static final int MAX_SLOTS = 201;

    private Statements() {}

    static List<Technique> techniques(List<PlanGood> goods, Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        List<Technique> out = new ArrayList<>();
        for (int n = 1; n <= MAX_SLOTS && fields.containsKey("t" + n + "-id"); n++) {
            String p = "t" + n + "-";
            String id = strip(Form.first(fields, p + "id"));
            boolean empty = id.isEmpty() && Figures.blank(Form.first(fields, p + "labour")) && Figures.blank(Form.first(fields, p + "capacity"))
                    && goods.stream().allMatch(g -> Figures.blank(Form.first(fields, p + "out-" + g.id()))
                            && Figures.blank(Form.first(fields, p + "in-" + g.id())));
            if (empty) {
                continue;
            }
            String where = t.plain("plan.form.technique", n);
            if (id.isEmpty()) {
                errors.put(p + "id", t.plain("plan.form.id.missing", where));
            }
            List<PerUnit> outputs = new ArrayList<>();
            List<PerUnit> inputs = new ArrayList<>();
            for (PlanGood g : goods) {
                perUnit(fields, errors, p + "out-" + g.id(), g, outputs, t.plain("plan.form.output", where, g.name(), g.unit()), t);
                perUnit(fields, errors, p + "in-" + g.id(), g, inputs, t.plain("plan.form.input", where, g.name(), g.unit()), t);
            }
            long labour = number(fields, errors, p + "labour", t.plain("plan.form.labour", where), 0L, Figures.MILLIONTHS, t);
            long capacity = number(fields, errors, p + "capacity", t.plain("plan.form.capacity", where), null, Figures.THOUSANDTHS, t);
            out.add(new Technique(id, outputs, inputs, labour, capacity));
        }
        return out;
    }

    static List<Request> requests(List<PlanGood> goods, Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        List<Request> out = new ArrayList<>();
        for (PlanGood g : goods) {
            String p = "r-" + g.id() + "-";
            List<Step> steps = new ArrayList<>();
            boolean any = !Figures.blank(Form.first(fields, p + "need"));
            for (int k = 1; fields.containsKey(p + "q" + k) || fields.containsKey(p + "v" + k); k++) {
                String q = Form.first(fields, p + "q" + k);
                String v = Form.first(fields, p + "v" + k);
                if (Figures.blank(q) && Figures.blank(v)) {
                    continue;
                }
                any = true;
                String where = t.plain("plan.form.step", k, g.name());
                long quantity = number(fields, errors, p + "q" + k, t.plain("plan.form.step.quantity", where, g.unit()), null, Figures.THOUSANDTHS, t);
                long value = number(fields, errors, p + "v" + k, t.plain("plan.form.step.value", where, g.unit()), null, Figures.MILLIONTHS, t);
                steps.add(new Step(quantity, value));
            }
            if (any) {
                long need = number(fields, errors, p + "need", t.plain("plan.form.need", g.name(), g.unit()), 0L, Figures.THOUSANDTHS, t);
                out.add(new Request(g.id(), need, steps));
            }
        }
        return out;
    }

    /** A level or quantity per field of the own-proposal form, each named in errors by its field's label; blank is zero. */
    static List<Amount> levels(List<String> keys, String prefix, java.util.function.Function<String, String> label, Map<String, List<String>> fields,
            Map<String, String> errors, Text t) {
        List<Amount> out = new ArrayList<>();
        for (String key : keys) {
            out.add(new Amount(key, number(fields, errors, prefix + key, label.apply(key), 0L, Figures.THOUSANDTHS, t)));
        }
        return out;
    }

    private static void perUnit(Map<String, List<String>> fields, Map<String, String> errors, String field, PlanGood g, List<PerUnit> into,
            String label, Text t) {
        if (!Figures.blank(Form.first(fields, field))) {
            into.add(new PerUnit(g.id(), number(fields, errors, field, label, null, Figures.MILLIONTHS, t)));
        }
    }

    /**
     * The field in whole units of {@code places} decimals; a blank field is {@code blank}, or an error when
     * it must be given. Bad input is named with its field.
     */
    private static long number(Map<String, List<String>> fields, Map<String, String> errors, String field, String label, Long blank, int places,
            Text t) {
        String raw = Form.first(fields, field);
        if (Figures.blank(raw)) {
            if (blank == null) {
                errors.put(field, t.plain("plan.form.missing", label));
                return 0;
            }
            return blank;
        }
        Long v = Figures.parse(raw, places);
        if (v == null) {
            errors.put(field, t.plain(places == Figures.THOUSANDTHS ? "plan.form.number" : "plan.form.number.fine", label));
            return 0;
        }
        return v;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
