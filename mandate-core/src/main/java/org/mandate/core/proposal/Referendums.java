package org.mandate.core.proposal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.count.Aggregation;
import org.mandate.core.count.TieBreak;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

/**
 * A referendum's figures at every level: for each body beneath the council, how the people beneath it
 * voted, each person counted once however many of its assemblies they belong to.
 */
public final class Referendums {
    private Referendums() {}

    /** One body's figure: votes per option (yes, no, abstain for a majority question), turnout and roll. */
    public record Figure(List<Long> votes, long turnout, long roll) {}

    /** Every body beneath the council, the council first, with its figure, one member one vote. */
    public static Map<BodyId, Figure> breakdown(Federation state, Proposal p) {
        Indexed x = index(state, p);
        return figures(x, Aggregation.aggregate(x.input()));
    }

    /**
     * The council's result when each base assembly has one vote, for the option most of its voters
     * chose. An assembly split evenly between yes and no counts as no: where its members did not carry
     * the question, it is not carried in their name.
     */
    static Result byAssembly(Federation state, Proposal p) {
        Indexed x = index(state, p);
        Aggregation.Result r = Aggregation.aggregateByAssembly(x.input(), TieBreak.of(1, 0, 2));
        long[] top = r.perBody()[0];
        long yes = top[0], no = top[1], abstain = top.length > 2 ? top[2] : 0;
        return org.mandate.core.vote.Counting.yesNo(p.rule(), yes, no, abstain, r.rollPerBody()[0], r.turnoutPerBody()[0]);
    }

    private record Indexed(List<BodyId> bodies, Aggregation.Input input) {}

    private static Indexed index(Federation state, Proposal p) {
        Map<BodyId, Integer> ids = new LinkedHashMap<>();
        Deque<BodyId> todo = new ArrayDeque<>();
        todo.add(p.body());
        while (!todo.isEmpty()) {
            BodyId b = todo.poll();
            if (ids.putIfAbsent(b, ids.size()) == null) {
                Body body = state.body(b);
                if (body.isCouncil()) {
                    todo.addAll(body.memberBodies().keySet());
                }
            }
        }
        List<BodyId> bodies = new ArrayList<>(ids.keySet());
        boolean[] assembly = new boolean[bodies.size()];
        int[][] parents = new int[bodies.size()][];
        for (int i = 0; i < bodies.size(); i++) {
            Body body = state.body(bodies.get(i));
            assembly[i] = body.isAssembly();
            parents[i] = i == 0 ? new int[0]
                    : body.councils().keySet().stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
        }
        Roll.People roll = (Roll.People) p.roll();
        int[][] memberAssemblies = new int[roll.people().size()][];
        int[] ballot = new int[memberAssemblies.length];
        Map<String, Ballot> ballots = p.allBallots();
        int m = 0;
        for (String person : roll.people()) {
            // the assemblies the person belonged to at the freeze, as the roll itself was taken
            List<BodyId> own = state.member(new MemberId(person)).bodiesAt(roll.freeze());
            int[] at = new int[own.size()];
            int n = 0;
            for (BodyId b : own) {
                Integer i = ids.get(b);
                if (i != null) {
                    at[n++] = i;
                }
            }
            memberAssemblies[m] = n == at.length ? at : java.util.Arrays.copyOf(at, n);
            ballot[m++] = option(ballots.get(person));
        }
        return new Indexed(bodies, new Aggregation.Input(bodies.size(), assembly, parents, memberAssemblies, ballot, 3));
    }

    private static int option(Ballot b) {
        return switch (b) {
            case null -> Aggregation.DID_NOT_VOTE;
            case Ballot.YesNo y -> y.choice().ordinal();
            case Ballot.Consent c -> c.objection() ? 1 : 0;
            case Ballot.Consensus c -> c.stance() == Ballot.Stance.AGREE ? 0 : c.stance() == Ballot.Stance.BLOCK ? 1 : 2;
            default -> Aggregation.DID_NOT_VOTE;
        };
    }

    private static Map<BodyId, Figure> figures(Indexed x, Aggregation.Result r) {
        Map<BodyId, Figure> out = new LinkedHashMap<>();
        for (int i = 0; i < x.bodies().size(); i++) {
            List<Long> votes = new ArrayList<>(3);
            for (long v : r.perBody()[i]) {
                votes.add(v);
            }
            out.put(x.bodies().get(i), new Figure(votes, r.turnoutPerBody()[i], r.rollPerBody()[i]));
        }
        return out;
    }
}
