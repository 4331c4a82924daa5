package org.mandate.economy.planning.procedure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mandate.core.BodyId;

/**
 * The councils that propose for themselves, round by round. Before each round the procedure asks for
 * the proposals councils made by their own decision, showing the previous round (null before the
 * first); every council not named is given its computed best response. An empty map is an automated
 * round.
 */
@FunctionalInterface
public interface HumanRounds {
    Map<BodyId, Proposal> ownProposals(int round, Round previous);

    /** Every round automated. */
    static HumanRounds none() {
        return (round, previous) -> Map.of();
    }

    /** The given proposals in the given rounds (round number to the proposals made in it). */
    static HumanRounds scheduled(Map<Integer, List<Proposal>> byRound) {
        return (round, previous) -> byRound.getOrDefault(round, List.of()).stream()
                .collect(Collectors.toMap(Proposal::council, p -> p));
    }
}
