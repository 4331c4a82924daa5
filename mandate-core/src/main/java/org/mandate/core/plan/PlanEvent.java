package org.mandate.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.PlanTerms.*;

/** Events of a plan period: the decisions, the statements, the rounds, the ratifications and the adoption. */
public sealed interface PlanEvent extends Event {

    String plan();

    record PlanPeriodOpened(Instant at, BodyId council, String plan, LocalDate from, LocalDate to, List<PlanGood> goods,
            int tolerancePermille, int humanRounds, Instant balanceAt, ProposalId decision) implements PlanEvent {
        public PlanPeriodOpened {
            goods = List.copyOf(goods);
        }
    }

    record TechniquesStated(Instant at, String plan, BodyId body, List<Technique> techniques, MemberId by, String office) implements PlanEvent {
        public TechniquesStated {
            techniques = List.copyOf(techniques);
        }
    }

    record RequestsStated(Instant at, String plan, BodyId body, List<Request> requests, MemberId by, String office) implements PlanEvent {
        public RequestsStated {
            requests = List.copyOf(requests);
        }
    }

    /** Round {@code round} is a human round, open until {@code until}. */
    record HumanRoundCalled(Instant at, String plan, int round, Instant until, MemberId by, String office) implements PlanEvent {}

    /** The body's own proposal for human round {@code round}, by its own decision. */
    record QuantitiesProposed(Instant at, String plan, int round, Quantities proposal, ProposalId decision) implements PlanEvent {}

    record PlanRoundPublished(Instant at, String plan, RoundFigures round) implements PlanEvent {}

    /** The body's proposal after round {@code round}, as the server computed it (or as the body proposed it). */
    record PlanProposalComputed(Instant at, String plan, int round, Quantities proposal) implements PlanEvent {}

    /** A stretch of rounds ended at {@code round}; with {@code BLOCKED}, {@code blocking} names the goods. */
    record PlanStretchEnded(Instant at, String plan, int round, Ending ending, List<String> blocking, String why) implements PlanEvent {
        public PlanStretchEnded {
            blocking = List.copyOf(blocking);
        }
    }

    record PlanProposalRatified(Instant at, String plan, BodyId body, int round, ProposalId decision) implements PlanEvent {}

    record PlanAdopted(Instant at, String plan, BodyId council, int round, ProposalId decision) implements PlanEvent {}
}
