package org.mandate.economy.planning.procedure;

import java.util.List;
import org.mandate.economy.planning.check.PlanningProblem;

/** How a run of the procedure ended. */
public sealed interface PlanningOutcome {
    /** The rounds run, in order (empty when nothing was run). */
    List<Round> rounds();

    /** Nothing was run: the instance, or a council's own proposal, breaks the rules named. */
    record Refused(List<PlanningProblem> problems, List<Round> rounds) implements PlanningOutcome {
        public Refused {
            problems = List.copyOf(problems);
            rounds = List.copyOf(rounds);
        }
    }

    /** Every good within the tolerance and the councils settled: the plan of their own last proposals. */
    record Balanced(Plan plan, List<Round> rounds) implements PlanningOutcome {
        public Balanced {
            rounds = List.copyOf(rounds);
        }
    }

    /** The instance cannot be balanced: the goods that block it, proved, not guessed. */
    record Blocked(PlanningProblem.CannotBeBalanced problem, List<Round> rounds) implements PlanningOutcome {
        public Blocked {
            rounds = List.copyOf(rounds);
        }
    }

    /** The round limit came first: the councils' last proposals, not a plan to adopt. */
    record Unsettled(Plan lastProposals, List<Round> rounds) implements PlanningOutcome {
        public Unsettled {
            rounds = List.copyOf(rounds);
        }
    }
}
