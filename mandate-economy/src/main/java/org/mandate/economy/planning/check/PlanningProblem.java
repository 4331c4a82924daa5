package org.mandate.economy.planning.check;

import java.util.List;
import java.util.Locale;

/**
 * Something wrong with a planning instance, or with a proposal a council makes for itself, naming the
 * rule it breaks. An instance with any problem is not planned at all; a round with a bad proposal is
 * not run. Like the core's rejections, the rule's name is stable (clients may match on it) and the
 * message is one sentence a member understands.
 */
public sealed interface PlanningProblem {

    /** The rule's name, stable across versions. */
    default String rule() {
        return getClass().getSimpleName();
    }

    /** One sentence a member understands. */
    String message();

    /** A quantity as members read it: six significant figures, no trailing zeros. */
    static String number(double x) {
        return String.format(Locale.ROOT, "%.6g", x).replaceFirst("\\.?0+(e|$)", "$1");
    }

    // --- the shape of the instance ---

    record MalformedId(String kind, String id) implements PlanningProblem {
        public String message() {
            return "The " + kind + " id '" + id + "' must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.";
        }
    }

    record DuplicateId(String kind, String id) implements PlanningProblem {
        public String message() { return "The " + kind + " id '" + id + "' is used twice; each must be named once."; }
    }

    record UnknownGood(String where, String good) implements PlanningProblem {
        public String message() { return where + " names the good '" + good + "', which is not in the catalogue."; }
    }

    record NotFinite(String where, String field) implements PlanningProblem {
        public String message() { return "The " + field + " of " + where + " is not a finite number."; }
    }

    record NegativeCoefficient(String where, String field, double value) implements PlanningProblem {
        public String message() {
            return "The " + field + " of " + where + " is " + number(value) + "; quantities, hours, capacities and values cannot be negative.";
        }
    }

    record ToleranceOutOfRange(double tolerance) implements PlanningProblem {
        public String message() {
            return "The tolerance " + number(tolerance) + " must be more than 0 and less than 1 (0.01 means every good within one per cent).";
        }
    }

    record PeriodBackwards(String from, String to) implements PlanningProblem {
        public String message() { return "The plan period ends (" + to + ") before it begins (" + from + ")."; }
    }

    // --- workers' councils ---

    record NoTechnique(String council) implements PlanningProblem {
        public String message() { return "Workers' council " + council + " states no technique, so it cannot propose anything."; }
    }

    record ProducesNothing(String council, String technique) implements PlanningProblem {
        public String message() {
            return "Technique " + technique + " of workers' council " + council
                    + " produces nothing: no good comes out of it in a greater quantity than goes in.";
        }
    }

    record NobodyProduces(String good, String neededBy) implements PlanningProblem {
        public String message() { return "The good '" + good + "' is needed by " + neededBy + ", but no technique of any workers' council produces it."; }
    }

    // --- consumers' councils ---

    record NoRequest(String council) implements PlanningProblem {
        public String message() { return "Consumers' council " + council + " requests nothing, so it has nothing to propose."; }
    }

    record RequestWithoutPreference(String council, String good) implements PlanningProblem {
        public String message() {
            return "Consumers' council " + council + " requests '" + good
                    + "' without saying what it is worth to it: give at least one step of quantity and value.";
        }
    }

    record PreferenceNotDiminishing(String council, String good, int step) implements PlanningProblem {
        public String message() {
            return "Step " + step + " of the request of consumers' council " + council + " for '" + good
                    + "' is worth more per unit than the step before it; each further unit may be worth the same or less, never more.";
        }
    }

    record MinimumAboveRequest(String council, String good, double minimum, double maximum) implements PlanningProblem {
        public String message() {
            return "Consumers' council " + council + " needs at least " + number(minimum) + " of '" + good + "' but its steps add up to only "
                    + number(maximum) + ".";
        }
    }

    record NothingToPlan() implements PlanningProblem {
        public String message() { return "No consumers' council requests any good, so there is nothing to plan."; }
    }

    // --- the procedure ---

    /** The instance is well formed but no plan within the councils' capacities meets every need. */
    record CannotBeBalanced(List<String> goods, String why) implements PlanningProblem {
        public CannotBeBalanced {
            goods = List.copyOf(goods);
        }

        public String message() { return "The plan cannot be balanced on " + String.join(", ", goods) + ": " + why; }

        /** The reason for one good whose needs exceed what can be made of it at all. */
        public static String shortage(String good, double need, double most) {
            return "consumers' councils need at least " + number(need) + " of '" + good + "', and every technique at full capacity turns out at most "
                    + number(most);
        }
    }

    // --- a council's own proposal in a human round ---

    record UnknownCouncil(String council) implements PlanningProblem {
        public String message() { return "There is no council " + council + " in this plan to propose for."; }
    }

    record ProposalIncomplete(String council, String missing) implements PlanningProblem {
        public String message() { return "The proposal of council " + council + " says nothing of " + missing + "; a proposal states every one of its quantities."; }
    }

    record ProposalNamesUnknown(String council, String name) implements PlanningProblem {
        public String message() { return "The proposal of council " + council + " names " + name + ", which is not one of its techniques or requests."; }
    }

    record ProposalOutsideBounds(String council, String what, double value, double low, double high) implements PlanningProblem {
        public String message() {
            return "Council " + council + " proposes " + number(value) + " for " + what + ", outside what it stated: from " + number(low) + " to "
                    + number(high) + ".";
        }
    }
}
