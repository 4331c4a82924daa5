package org.mandate.core.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.rule.Rejection;

/**
 * What makes a statement one the procedure can work with, each rule named: goods from the catalogue,
 * no negative coefficient, a technique that produces something, a request with a preference whose
 * values never rise, a need within the request, every number within range.
 */
final class StatementRules {
    /**
     * The largest number stated: 10^12 thousandths is a thousand million units, far beyond any period's
     * plan; 10^12 millionths per unit is a million units of a good (or hours) for one unit of activity.
     */
    static final long MAX = 1_000_000_000_000L;
    /** Techniques or requests one body states: a statement is one record entry. */
    static final int MAX_ITEMS = 200;
    /**
     * The characters a statement may take in the record, as {@link #size} counts them: it is one entry,
     * at most 64 KiB with the event's other fields.
     */
    static final int MAX_CHARS = 40_000;

    private StatementRules() {}

    static Rejection techniques(Plan plan, BodyId body, List<Technique> techniques) {
        if (techniques.isEmpty()) {
            return new Rejection.EmptyStatement(body, "technique");
        }
        if (techniques.size() > MAX_ITEMS) {
            return new Rejection.TooLong("list of techniques", MAX_ITEMS);
        }
        if (techniques.stream().mapToInt(StatementRules::size).sum() > MAX_CHARS) {
            return new Rejection.TooLong("statement of techniques, in the record's characters", MAX_CHARS);
        }
        Set<String> ids = new HashSet<>();
        for (Technique t : techniques) {
            if (t == null || !Ids.valid(t.id())) {
                return new Rejection.InvalidProposal("each technique is named by an id (letters, digits, '.', '_', ':' or '-')");
            }
            if (!ids.add(t.id())) {
                return new Rejection.DuplicateInStatement(body, "technique '" + t.id() + "'");
            }
            String where = "technique '" + t.id() + "'";
            Rejection r = first(perUnit(plan, body, where + " output", t.outputs()), perUnit(plan, body, where + " input", t.inputs()),
                    range(where + " labour per unit", t.labourPerUnit()), range(where + " capacity", t.capacity()));
            if (r != null) {
                return r;
            }
            if (t.outputs().stream().noneMatch(a -> a.millionths() > 0)) {
                return new Rejection.ProducesNothing(body, t.id());
            }
        }
        return null;
    }

    static Rejection requests(Plan plan, BodyId body, List<Request> requests) {
        if (requests.isEmpty()) {
            return new Rejection.EmptyStatement(body, "request");
        }
        if (requests.size() > MAX_ITEMS) {
            return new Rejection.TooLong("list of requests", MAX_ITEMS);
        }
        if (requests.stream().mapToInt(StatementRules::size).sum() > MAX_CHARS) {
            return new Rejection.TooLong("statement of requests, in the record's characters", MAX_CHARS);
        }
        Set<String> goods = new HashSet<>();
        for (Request q : requests) {
            if (q == null || q.good() == null || plan.goodIndex(q.good()) < 0) {
                return new Rejection.UnknownGood(plan.id(), q == null ? null : q.good());
            }
            if (!goods.add(q.good())) {
                return new Rejection.DuplicateInStatement(body, "a request for '" + q.good() + "'");
            }
            if (q.steps().isEmpty()) {
                return new Rejection.RequestWithoutPreference(body, q.good());
            }
            long previous = Long.MAX_VALUE;
            for (int i = 0; i < q.steps().size(); i++) {
                Step s = q.steps().get(i);
                String where = "step " + (i + 1) + " of the request for '" + q.good() + "'";
                Rejection r = s == null ? new Rejection.InvalidProposal(where + " is missing")
                        : first(range(where + " quantity", s.quantity()), range(where + " value per unit", s.valuePerUnit()));
                if (r != null) {
                    return r;
                }
                if (s.valuePerUnit() > previous) {
                    return new Rejection.PreferenceNotDiminishing(body, q.good(), i + 1);
                }
                previous = s.valuePerUnit();
            }
            Rejection r = range("need for '" + q.good() + "'", q.minimum());
            if (r != null) {
                return r;
            }
            if (q.maximum() > MAX) {
                return new Rejection.QuantityOutOfRange("request for '" + q.good() + "'", q.maximum(), 0, MAX);
            }
            if (q.minimum() > q.maximum()) {
                return new Rejection.MinimumAboveRequest(body, q.good(), q.minimum(), q.maximum());
            }
        }
        return null;
    }

    private static Rejection perUnit(Plan plan, BodyId body, String where, List<PerUnit> flows) {
        Set<String> goods = new HashSet<>();
        for (PerUnit a : flows) {
            if (a == null || a.good() == null || plan.goodIndex(a.good()) < 0) {
                return new Rejection.UnknownGood(plan.id(), a == null ? null : a.good());
            }
            if (!goods.add(a.good())) {
                return new Rejection.DuplicateInStatement(body, "'" + a.good() + "' as " + where);
            }
            Rejection r = range(where + " of '" + a.good() + "'", a.millionths());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** About the characters a technique takes in the record's JSON: names, numbers and punctuation. */
    private static int size(Technique t) {
        if (t == null) {
            return 0;
        }
        int chars = 80 + length(t.id());
        for (PerUnit f : t.outputs()) {
            chars += 40 + (f == null ? 0 : length(f.good()));
        }
        for (PerUnit f : t.inputs()) {
            chars += 40 + (f == null ? 0 : length(f.good()));
        }
        return chars;
    }

    private static int size(Request r) {
        return r == null ? 0 : 60 + length(r.good()) + 45 * r.steps().size();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** A negative number is a negative coefficient; one beyond {@link #MAX} is out of range. */
    static Rejection range(String what, long value) {
        return value < 0 ? new Rejection.NegativeCoefficient(what, value)
                : value > MAX ? new Rejection.QuantityOutOfRange(what, value, 0, MAX) : null;
    }

    static Rejection first(Rejection... rejections) {
        for (Rejection r : rejections) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
