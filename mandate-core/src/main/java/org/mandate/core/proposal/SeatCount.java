package org.mandate.core.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.body.Body;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.Method;
import org.mandate.core.count.SplitWeights;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.Instruction;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.council.SessionRules;
import org.mandate.core.vote.Ballot;

/**
 * The ballots of an item voted by delegates, with exact weights. A seat's own ballot weighs one seat.
 * The seats a body casts under a split instruction weigh as many seats, shared among the body's own
 * voters in proportion to their weight there; {@link SplitWeights} brings every share to whole numbers
 * by one common multiplier, so nothing is rounded before the count. Seats of a body that seceded during
 * the vote no longer count; an item still referred back to a body at the close counts its seats as the
 * council's charter says (abstaining by default).
 */
final class SeatCount {
    private SeatCount() {}

    /** The ballots with their whole-number weights, and the roll's total in the same unit. */
    record Counted(Map<String, Ballot> ballots, Map<String, Long> weights, long roll) {}

    /** Figures in the record are JSON numbers, exact up to 2^53. */
    private static final long JSON_EXACT = 1L << 53;

    static Counted of(Federation state, Proposal item) {
        Roll.Seats seats = (Roll.Seats) item.roll();
        Body council = state.body(item.body());
        ItemBook book = state.sessions().item(item.id());
        Map<String, SeatVote> votes = book == null ? Map.of() : book.votes();
        Map<String, Long> staying = Roll.staying(seats.weights(), council);
        Map<BodyId, Integer> splitSeats = new HashMap<>();
        Map<String, Ballot> ballots = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        List<SplitWeights.Share> shares = new ArrayList<>();
        for (SeatVote v : votes.values()) {
            if (!staying.containsKey(v.body().value())) {
                continue;
            }
            if (v.ballot() == null) {
                splitSeats.merge(v.body(), 1, Integer::sum);
            } else {
                ballots.put(v.key(), v.ballot());
                keys.add(v.key());
                shares.add(SplitWeights.Share.whole(1));
            }
        }
        splitSeats.forEach((body, n) -> {
            GivenMandate m = SessionRules.mandate(state, council.id(), body, item);
            Proposal decision = state.proposal(((Instruction.Split) m.instruction()).decision());
            long voted = 0;
            for (String voter : decision.allBallots().keySet()) {
                voted += decision.roll().weight(voter);
            }
            for (var e : decision.allBallots().entrySet()) {
                String key = body.value() + "#split#" + e.getKey();
                ballots.put(key, e.getValue());
                keys.add(key);
                shares.add(new SplitWeights.Share(n * decision.roll().weight(e.getKey()), Math.max(1, voted)));
            }
        });
        long rollSeats = 0;
        CouncilRules.Referral unanswered = council.charter().council().unansweredReferral();
        for (var e : staying.entrySet()) {
            BodyId body = new BodyId(e.getKey());
            // unanswered: referred back and still without a mandate (a standing free hand given since answers it too)
            boolean referred = book != null && book.referred().contains(body) && SessionRules.mandate(state, council.id(), body, item) == null;
            if (referred && unanswered == CouncilRules.Referral.ABSENT) {
                continue;
            }
            rollSeats += e.getValue();
            if (referred && item.rule().method() == Method.MAJORITY) {
                for (int seat = 0; seat < e.getValue(); seat++) {
                    String key = body.value() + "#" + seat;
                    if (ballots.putIfAbsent(key, new Ballot.YesNo(Ballot.Choice.ABSTAIN)) == null) {
                        keys.add(key);
                        shares.add(SplitWeights.Share.whole(1));
                    }
                }
            }
        }
        SplitWeights.Scaled scaled;
        try {
            scaled = SplitWeights.scale(shares);
        } catch (ArithmeticException e) {
            throw new MandateException("the split instructions on " + item.id() + " cannot be weighted exactly in 64 bits", e);
        }
        if (Math.multiplyHigh(rollSeats, scaled.multiplier()) != 0 || rollSeats * scaled.multiplier() > JSON_EXACT) {
            throw new MandateException("the exact weights of the split instructions on " + item.id()
                    + " need a common multiple beyond 2^53; this count cannot be kept exact");
        }
        Map<String, Long> weights = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            weights.put(keys.get(i), scaled.weights()[i]);
        }
        return new Counted(ballots, weights, rollSeats * scaled.multiplier());
    }
}
