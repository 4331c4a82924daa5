package org.mandate.core.clock;

import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyRules;
import org.mandate.core.proposal.Closing;
import org.mandate.core.proposal.Proposal;

/**
 * Decides what the next item due by {@code now} brings about. A tick is handled one due item at a
 * time (see {@link org.mandate.core.Mandate#execute}), so each item sees the effects of those before it.
 */
public final class ClockRules {
    private ClockRules() {}

    /**
     * The events of the earliest item due by {@code tick}, or an empty list when nothing is due. They
     * happen at the item's own time, not the tick's: a vote that closed at 12:00 was decided at 12:00
     * even when the clock command reaching it came later, and what it decided is judged as of then.
     */
    public static List<Event> nextDue(Federation state, Instant tick) {
        Due due = state.schedule().next(tick);
        if (due == null) {
            return List.of();
        }
        Instant now = due.at();
        String[] key = due.key().split("/", 2);
        List<Event> events = switch (due.what()) {
            case OPEN_VOTING -> Closing.openVoting(proposal(state, due), now);
            case CLOSE_VOTING -> Closing.close(state, proposal(state, due), now);
            case OBJECTIONS_END -> BodyRules.objectionsEnded(state, state.body(new BodyId(key[0])), new MemberId(key[1]), now);
            case TERM_END -> List.of(new org.mandate.core.council.CouncilEvent.DelegationEnded(now, new BodyId(key[0]), new BodyId(key[1])));
            case OFFICE_TERM_END -> List.of(new org.mandate.core.office.OfficeEvent.OfficeTermEnded(now, new BodyId(key[0]), key[1]));
            case CONGRESS_END -> List.of(new org.mandate.core.council.CouncilEvent.CongressClosed(now, new BodyId(key[0]), key[1]));
        };
        if (events.isEmpty()) {
            throw new MandateException("nothing followed from the due item " + due + ": the schedule is not consistent");
        }
        return events;
    }

    private static Proposal proposal(Federation state, Due due) {
        return state.proposal(new ProposalId(due.key()));
    }
}
