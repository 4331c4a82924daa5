package org.mandate.core.vote;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One voter's ballot. Each method takes one shape. {@link #canonical()} gives a text that sorts
 * secret ballots for publication, so their order says nothing about who cast them or when.
 */
public sealed interface Ballot {

    /** A stable text form: equal ballots have equal forms. */
    String canonical();

    /** The ballot in words, for refusals and pages: "yes", "object", "rank a > b = c". */
    default String words() {
        return switch (this) {
            case YesNo y -> y.choice().name().toLowerCase();
            case Consent c -> c.objection() ? "object (" + c.reason() + ")" : "consent";
            case Consensus c -> c.stance().name().toLowerCase().replace('_', ' ');
            case Approval a -> "approve " + (a.approved().isEmpty() ? "none" : String.join(", ", a.approved()));
            case Scores s -> "score " + s.scores().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            case Ranking r -> "rank " + r.ranks().stream().map(g -> String.join(" = ", g)).collect(Collectors.joining(" > "));
        };
    }

    enum Choice { YES, NO, ABSTAIN }

    /** For majority votes. */
    record YesNo(Choice choice) implements Ballot {
        public YesNo {
            Objects.requireNonNull(choice, "choice");
        }

        public String canonical() {
            return "yes-no:" + choice;
        }
    }

    /** For consent: consent, or an objection that must give its reason. */
    record Consent(boolean objection, String reason) implements Ballot {
        public String canonical() {
            return objection ? "objection:" + reason : "consent";
        }
    }

    enum Stance { AGREE, STAND_ASIDE, BLOCK }

    /** For consensus: agree, stand aside or block, the last two with a reason. */
    record Consensus(Stance stance, String reason) implements Ballot {
        public Consensus {
            Objects.requireNonNull(stance, "stance");
        }

        public String canonical() {
            return "consensus:" + stance + (reason == null ? "" : ":" + reason);
        }
    }

    /** For approval voting: the options approved (any number, none included). */
    record Approval(List<String> approved) implements Ballot {
        public Approval {
            approved = List.copyOf(approved).stream().sorted().toList();
        }

        public String canonical() {
            return "approval:" + String.join(",", approved);
        }
    }

    /** For score voting: a score for every option. */
    record Scores(Map<String, Integer> scores) implements Ballot {
        public Scores {
            scores = java.util.Collections.unmodifiableMap(new TreeMap<>(scores));
        }

        public String canonical() {
            return "scores:" + scores.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        }
    }

    /**
     * For Schulze and STV: options in order of preference, best first. Each entry is a group of options
     * ranked equal; options left out rank below every listed one.
     */
    record Ranking(List<List<String>> ranks) implements Ballot {
        public Ranking {
            ranks = ranks.stream().map(List::copyOf).toList();
        }

        public String canonical() {
            return "ranking:" + ranks.stream().map(g -> String.join("=", g)).collect(Collectors.joining(">"));
        }
    }
}
