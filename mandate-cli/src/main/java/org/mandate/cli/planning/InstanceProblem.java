package org.mandate.cli.planning;

import org.mandate.economy.planning.check.PlanningProblem;

/**
 * A problem of an instance file, named by its rule: either one of the planning rules
 * ({@link PlanningProblem}), or one of the file's shape (not JSON, a field missing, of the wrong type,
 * or unknown), which the JSON reader finds before there is an instance to check.
 */
public record InstanceProblem(String rule, String message) {
    static InstanceProblem of(PlanningProblem problem) {
        return new InstanceProblem(problem.rule(), problem.message());
    }

    static InstanceProblem notJson(String detail) {
        return new InstanceProblem("NotJson", "The file is not JSON: " + detail + ".");
    }

    static InstanceProblem missing(String field, String where) {
        return new InstanceProblem("MissingField", "The field '" + field + "' is missing from " + where + "; it must be given.");
    }

    static InstanceProblem wrongType(String where, String expected) {
        return new InstanceProblem("WrongType", "The " + where + " must be " + expected + ".");
    }

    static InstanceProblem unknown(String where) {
        return new InstanceProblem("UnknownField", "The field " + where + " is not part of the instance format (see docs/planning.md); check its spelling.");
    }

    @Override
    public String toString() {
        return rule + ": " + message;
    }
}
