package org.mandate.web.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.core.charter.Method;
import org.mandate.core.vote.Ballot;
import org.mandate.web.site.Text;

/**
 * Reads a vote form into a ballot, for each method. Options are named by their position
 * ({@code rank.0}, {@code score.2}), so any option text is safe in a field name. A ranking is typed as
 * numbers (1 = first, the same number for a tie, blank for unranked), which works with a keyboard and
 * without JavaScript. Only the shape of the input is checked here; whether the ballot fits the vote is
 * the core's rule, and its sentence is shown if it does not.
 */
final class BallotForm {
    private BallotForm() {}

    static Ballot parse(Method method, List<String> options, Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        return switch (method) {
            case MAJORITY -> {
                String c = one(fields, "choice");
                if (c == null || !List.of("yes", "no", "abstain").contains(c)) {
                    errors.put("choice", t.plain("vote.pick"));
                    yield null;
                }
                yield new Ballot.YesNo(Ballot.Choice.valueOf(c.toUpperCase(java.util.Locale.ROOT)));
            }
            case CONSENT -> {
                String c = one(fields, "consent");
                if (!"consent".equals(c) && !"object".equals(c)) {
                    errors.put("consent", t.plain("vote.pick"));
                    yield null;
                }
                yield new Ballot.Consent("object".equals(c), blankToNull(one(fields, "reason")));
            }
            case CONSENSUS -> {
                String s = one(fields, "stance");
                if (s == null || !List.of("agree", "stand_aside", "block").contains(s)) {
                    errors.put("stance", t.plain("vote.pick"));
                    yield null;
                }
                yield new Ballot.Consensus(Ballot.Stance.valueOf(s.toUpperCase(java.util.Locale.ROOT)), blankToNull(one(fields, "reason")));
            }
            case APPROVAL -> {
                List<String> approved = new ArrayList<>();
                for (String v : fields.getOrDefault("approve", List.of())) {
                    int i = index(v, options.size());
                    if (i >= 0) {
                        approved.add(options.get(i));
                    }
                }
                yield new Ballot.Approval(approved);
            }
            case SCORE -> {
                Map<String, Integer> scores = new LinkedHashMap<>();
                for (int i = 0; i < options.size(); i++) {
                    Integer n = number(fields, "score." + i, errors, t);
                    if (n != null) {
                        scores.put(options.get(i), n);
                    } else if (!errors.containsKey("score." + i)) {
                        errors.put("score." + i, t.plain("vote.score.missing"));
                    }
                }
                yield errors.isEmpty() ? new Ballot.Scores(scores) : null;
            }
            case SCHULZE, STV -> {
                TreeMap<Integer, List<String>> ranks = new TreeMap<>();
                for (int i = 0; i < options.size(); i++) {
                    Integer n = number(fields, "rank." + i, errors, t);
                    if (n != null) {
                        ranks.computeIfAbsent(n, k -> new ArrayList<>()).add(options.get(i));
                    }
                }
                yield errors.isEmpty() ? new Ballot.Ranking(new ArrayList<>(ranks.values())) : null;
            }
        };
    }

    /** A whole number typed in the field; null if blank; a message in {@code errors} if it is not a number. */
    private static Integer number(Map<String, List<String>> fields, String field, Map<String, String> errors, Text t) {
        String raw = one(fields, field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            errors.put(field, t.plain("vote.number", raw));
            return null;
        }
    }

    private static int index(String raw, int size) {
        try {
            int i = Integer.parseInt(raw);
            return i >= 0 && i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String one(Map<String, List<String>> fields, String field) {
        return org.mandate.web.site.Form.first(fields, field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
