package org.mandate.core.proposal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.body.Body;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.Method;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.Instruction;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.SeatVote;
import org.mandate.core.council.SessionRules;
import org.mandate.core.vote.Ballot;

/**
 * The ballots of an item voted by delegates, with exact weights. A seat's own ballot weighs one seat.
 * A seat cast under a split instruction weighs one seat shared among the body's own voters in
 * proportion to their weight there; to keep every weight a whole number, all weights are multiplied by
 * the least common multiple of the split bodies' voter totals, so nothing is rounded before the count.
 * Seats of a body that seceded during the vote no longer count; an item still referred back to a body
 * at the close counts its seats as the council's charter says (abstaining by default).
 */
final class SeatCount {
    private SeatCount() {}

    record Counted(Map<String, Ballot> ballots, Map<String, Long> weights, long roll, long scale) {}

    private static final long JSON_EXACT = 1L << 53;

    static Counted of(Federation state, Proposal item) {
        Roll.Seats seats = (Roll.Seats) item.roll();
        Body council = state.body(item.body());
        ItemBook book = state.sessions().item(item.id());
        Map<String, SeatVote> votes = book == null ? Map.of() : book.votes();
        Map<String, Long> staying = new LinkedHashMap<>();
        seats.weights().forEach((body, n) -> {
            if (council.memberBodies().containsKey(new BodyId(body))) {
                staying.put(body, n);
            }
        });
        Map<BodyId, Proposal> splits = new HashMap<>();
        BigInteger scale = BigInteger.ONE;
        for (SeatVote v : votes.values()) {
            if (v.ballot() == null && staying.containsKey(v.body().value()) && !splits.containsKey(v.body())) {
                GivenMandate m = SessionRules.mandate(state, council.id(), v.body(), item);
                Proposal decision = state.proposal(((Instruction.Split) m.instruction()).decision());
                splits.put(v.body(), decision);
                long voted = voterWeight(decision);
                if (voted > 0) {
                    BigInteger w = BigInteger.valueOf(voted);
                    scale = scale.divide(scale.gcd(w)).multiply(w);
                }
            }
        }
        long d = exact(scale, staying.values().stream().mapToLong(Long::longValue).sum(), item);
        Map<String, Ballot> ballots = new LinkedHashMap<>();
        Map<String, Long> weights = new HashMap<>();
        for (SeatVote v : votes.values()) {
            if (!staying.containsKey(v.body().value())) {
                continue;
            }
            if (v.ballot() != null) {
                ballots.put(v.key(), v.ballot());
                weights.put(v.key(), d);
                continue;
            }
            Proposal decision = splits.get(v.body());
            long voted = voterWeight(decision);
            for (var e : decision.allBallots().entrySet()) {
                String key = v.body().value() + "#split#" + e.getKey();
                ballots.put(key, e.getValue());
                weights.merge(key, d / voted * decision.roll().weight(e.getKey()), Long::sum);
            }
        }
        long roll = 0;
        CouncilRules.Referral unanswered = council.charter().council().unansweredReferral();
        for (var e : staying.entrySet()) {
            BodyId body = new BodyId(e.getKey());
            boolean referred = book != null && book.referred().contains(body);
            if (referred && unanswered == CouncilRules.Referral.ABSENT) {
                continue;
            }
            roll += e.getValue() * d;
            if (referred && item.rule().method() == Method.MAJORITY) {
                for (int seat = 0; seat < e.getValue(); seat++) {
                    String key = body.value() + "#" + seat;
                    ballots.putIfAbsent(key, new Ballot.YesNo(Ballot.Choice.ABSTAIN));
                    weights.putIfAbsent(key, d);
                }
            }
        }
        return new Counted(ballots, weights, roll, d);
    }

    private static long voterWeight(Proposal decision) {
        long total = 0;
        for (String voter : decision.allBallots().keySet()) {
            total += decision.roll().weight(voter);
        }
        return total;
    }

    /** The common multiple, as long as every weighted total stays exact in the record's JSON numbers. */
    private static long exact(BigInteger scale, long seats, Proposal item) {
        BigInteger total = scale.multiply(BigInteger.valueOf(Math.max(1, seats)));
        if (total.compareTo(BigInteger.valueOf(JSON_EXACT)) > 0) {
            throw new MandateException("the exact weights of the split instructions on " + item.id()
                    + " need a common multiple beyond 2^53; this count cannot be kept exact");
        }
        return scale.longValueExact();
    }
}
