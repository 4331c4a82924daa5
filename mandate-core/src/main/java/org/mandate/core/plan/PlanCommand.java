package org.mandate.core.plan;

import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.plan.PlanTerms.*;

/** What office-holders do in a plan period, and the rounds the server records. */
public sealed interface PlanCommand extends Command {

    /**
     * The body's techniques for the period: it is a workers' council in this plan. Needs
     * {@code propose-plan} in an office of {@code body}, while the period gathers statements; replaces
     * the body's earlier statement.
     */
    record StateTechniques(String plan, BodyId body, List<Technique> techniques) implements PlanCommand {
        public StateTechniques {
            techniques = techniques == null ? List.of() : List.copyOf(techniques);
        }
    }

    /** The body's requests, with its stated preferences: it is a consumers' council in this plan. As above. */
    record StateRequests(String plan, BodyId body, List<Request> requests) implements PlanCommand {
        public StateRequests {
            requests = requests == null ? List.of() : List.copyOf(requests);
        }
    }

    /**
     * Opens the next human round until {@code until}: each body may decide its own proposal at the last
     * round's prices. Needs {@code facilitate-plan} in an office of the council that opened the period.
     */
    record CallHumanRound(String plan, Instant until) implements PlanCommand {}

    /**
     * A stretch of rounds as the server computed them on the record's statements and proposals: the
     * rounds, how the stretch ended, the goods that block it and why (when blocked), and each body's
     * proposal after its last round. Only the server sends it; the core checks it.
     */
    record RecordPlanRounds(String plan, List<RoundFigures> rounds, Ending ending, List<String> blocking, String why,
            List<Quantities> proposals) implements PlanCommand {
        public RecordPlanRounds {
            rounds = rounds == null ? List.of() : List.copyOf(rounds);
            blocking = blocking == null ? List.of() : List.copyOf(blocking);
            proposals = proposals == null ? List.of() : List.copyOf(proposals);
        }
    }
}
