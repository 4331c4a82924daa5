package org.mandate.core.vote;

import java.util.List;
import org.mandate.core.count.Verdict;

/**
 * The result of a closed vote: whether the motion was adopted, the winners in order for methods that
 * choose between options, and the full tally so anyone can check the count.
 */
public record Result(Verdict verdict, List<String> winners, Tally tally) {

    public Result {
        winners = List.copyOf(winners);
    }

    public boolean adopted() {
        return verdict == Verdict.ADOPTED;
    }
}
