package org.mandate.core.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.body.Body;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Counting;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.TieOrder;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.TieBreak;
import org.mandate.core.count.Verdict;
import org.mandate.core.vote.Tally;

/** What happens to a proposal when its time comes: deliberation ends and the vote opens; the vote closes and is counted. */
public final class Closing {
    private Closing() {}

    /** Deliberation ends: amendments put to the members are settled in the order they were proposed, then voting opens. */
    public static List<Event> openVoting(Proposal p, Instant now) {
        List<Event> events = new ArrayList<>();
        boolean textChanged = false;
        for (Amendment a : p.amendments().values()) {
            if (a.status() == Amendment.Status.OPEN) {
                boolean adopted = a.supporters() > a.opponents();
                events.add(new AmendmentSettled(now, p.id(), a.id(), adopted, a.supporters(), a.opponents(),
                        adopted && !textChanged ? ProposalRules.bodyVoters(p) : List.of()));
                textChanged |= adopted;
            }
        }
        events.add(new VotingOpened(now, p.id()));
        return events;
    }

    /**
     * The vote closes: secret ballots are published sorted, the ballots are counted against the frozen
     * roll, and an adopted motion takes effect, or lapses if the federation changed so that it no longer can.
     */
    public static List<Event> close(Federation state, Proposal p, Instant now) {
        List<Event> events = new ArrayList<>();
        Body body = state.body(p.body());
        if (p.awaitsSealedBallots()) {
            throw new MandateException("the sealed ballots of " + p.id() + " were not restored beside the log; it cannot be counted");
        }
        if (p.rule().secret()) {
            events.add(new BallotsUnsealed(now, p.id(),
                    p.allBallots().values().stream().sorted(Comparator.comparing(Ballot::canonical)).toList()));
        }
        Result result = count(state, body, p);
        events.add(new ProposalClosed(now, p.id(), result));
        boolean takesEffect = result.adopted() || p.motion() instanceof Motion.DecideItem && result.verdict() != Verdict.QUORUM_NOT_MET;
        if (takesEffect) {
            Rejection lapse = MotionChecks.whileStanding(state, body, p.id(), p.motion(), now);
            if (lapse != null) {
                events.add(new EffectLapsed(now, p.id(), lapse.message()));
            } else {
                events.addAll(Effects.of(state, body, p, result, now));
            }
        } else {
            events.addAll(Effects.ofRejection(body, p, now));
        }
        return events;
    }

    private static Result count(Federation state, Body body, Proposal p) {
        int seats = seats(state, body, p);
        TieBreak ties = TieOrder.of(p.id(), p.options());
        if (p.rule().method().choosesOptions() && p.options().isEmpty()) {
            return new Result(Verdict.REJECTED, List.of(), new Tally.Totals(List.of(), List.of(), p.rollWeight(), p.participants().size()));
        }
        Roll roll = p.roll();
        if (roll instanceof Roll.Seats) {
            SeatCount.Counted c = SeatCount.of(state, p);
            return Counting.count(p.rule(), seats, p.options(), c.ballots(), v -> c.weights().getOrDefault(v, 0L), c.roll(), ties);

        }
        Map<String, Ballot> ballots = p.allBallots();
        if (roll instanceof Roll.Bodies bodies) {
            Map<String, Long> staying = Roll.staying(bodies.weights(), body);
            roll = new Roll.Bodies(staying, staying.values().stream().mapToLong(Long::longValue).sum());
            Map<String, Ballot> counted = new LinkedHashMap<>(ballots);
            counted.keySet().retainAll(staying.keySet());
            ballots = counted;
        }
        if (roll instanceof Roll.People && body.charter().council().referendumWeighting() == CouncilRules.ReferendumWeighting.ONE_ASSEMBLY_ONE_VOTE) {
            return Referendums.byAssembly(state, p);
        }
        if (p.motion() instanceof Motion.ElectDelegates d && d.alternates() > 0) {
            return delegatesThenAlternates(p, seats - d.alternates(), d.alternates(), ballots, roll);
        }
        return Counting.count(p.rule(), seats, p.options(), ballots, roll::weight, roll.total(), ties);
    }

    /**
     * Delegates first, by a count for the seats alone; then each alternate in turn, by a count for one
     * place among the candidates not yet chosen, on the same ballots. One count for seats and alternates
     * together would order an uncontested field by first preferences alone, ignoring every later one.
     */
    private static Result delegatesThenAlternates(Proposal p, int seats, int alternates, Map<String, Ballot> ballots, Roll roll) {
        Result delegates = Counting.count(p.rule(), Math.max(1, seats), p.options(), ballots, roll::weight, roll.total(),
                TieOrder.of(p.id(), p.options()));
        List<String> chosen = new ArrayList<>(delegates.winners());
        if (!delegates.adopted()) {
            return delegates;
        }
        for (int k = 0; k < alternates; k++) {
            List<String> remaining = p.options().stream().filter(o -> !chosen.contains(o)).toList();
            if (remaining.isEmpty()) {
                break;
            }
            Map<String, Ballot> restricted = new LinkedHashMap<>();
            ballots.forEach((voter, b) -> {
                Ballot r = restrict(b, remaining);
                if (r != null) {
                    restricted.put(voter, r);
                }
            });
            if (restricted.isEmpty()) {
                break;
            }
            Result next = Counting.count(p.rule().withQuorum(org.mandate.core.count.Fraction.ZERO), 1, remaining, restricted,
                    roll::weight, roll.total(), TieOrder.of(p.id(), remaining));
            if (next.winners().isEmpty()) {
                break;
            }
            chosen.add(next.winners().get(0));
        }
        return new Result(delegates.verdict(), chosen, delegates.tally());
    }

    /** The ballot with only the options still in the running; null when nothing of it remains. */
    private static Ballot restrict(Ballot b, List<String> options) {
        return switch (b) {
            case Ballot.Ranking r -> {
                List<List<String>> ranks = r.ranks().stream().map(g -> g.stream().filter(options::contains).toList())
                        .filter(g -> !g.isEmpty()).toList();
                yield ranks.isEmpty() ? null : new Ballot.Ranking(ranks);
            }
            case Ballot.Approval a -> new Ballot.Approval(a.approved().stream().filter(options::contains).toList());
            case Ballot.Scores sc -> {
                Map<String, Integer> kept = new java.util.TreeMap<>(sc.scores());
                kept.keySet().retainAll(options);
                yield new Ballot.Scores(kept);
            }
            default -> b;
        };
    }

    /** How many winners the count must name: an election's seats, or every option when a body ranks a council's item. */
    private static int seats(Federation state, Body body, Proposal p) {
        return switch (p.motion()) {
            case Motion.Election e -> e.seats();
            case Motion.ElectDelegates d -> MotionChecks.seatsFor(state, body, d.council()) + d.alternates();
            case Motion.FillSeat f -> 1;
            case Motion.ElectOffice o -> o.seats();
            case Motion.DecideItem d -> p.rule().method() == org.mandate.core.charter.Method.APPROVAL
                    ? Math.max(1, winnersOf(state.proposal(d.item()))) : Math.max(1, p.options().size());
            default -> 1;
        };
    }

    private static int winnersOf(Proposal item) {
        return item.motion() instanceof Motion.Election e ? e.seats() : 1;
    }
}
