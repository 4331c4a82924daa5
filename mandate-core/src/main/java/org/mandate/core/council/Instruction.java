package org.mandate.core.council;

import java.util.List;
import org.mandate.core.ProposalId;
import org.mandate.core.vote.Ballot;

/** What a body instructs its delegates to do on a council's item. */
public sealed interface Instruction {

    /** A short text for refusals and pages. */
    String describe();

    /** Vote exactly this ballot (yes, no, abstain, a ranking, an approval set, …). */
    record Fixed(Ballot ballot) implements Instruction {
        public String describe() {
            return "vote " + ballot.words();
        }
    }

    /**
     * Cast the body's weight as its own members' ballots in {@code decision} (the body's own vote on the
     * item), each weighted by the body's weight divided by the weight of those who voted.
     */
    record Split(ProposalId decision) implements Instruction {
        public String describe() {
            return "split the body's votes as its members voted in " + decision;
        }
    }

    /**
     * A free hand, within the named items and competences only, so that the machine can check it.
     * Given without an item it stands for every later item it names or that relies on a named competence.
     */
    record FreeHand(List<ProposalId> items, List<String> competences) implements Instruction {
        public FreeHand {
            items = items == null ? List.of() : List.copyOf(items);
            competences = competences == null ? List.of() : List.copyOf(competences);
        }

        public String describe() {
            return "a free hand on " + (items.isEmpty() ? "" : "items " + items) + (items.isEmpty() || competences.isEmpty() ? "" : " and ")
                    + (competences.isEmpty() ? "" : "competences " + competences);
        }

        public boolean covers(ProposalId item, String competence) {
            return items.contains(item) || competence != null && competences.contains(competence);
        }
    }
}
