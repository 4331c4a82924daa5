package org.mandate.bench.core;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * The heap a large federation's state needs: 1,000,000 members in 10,000 assemblies (5% of members in
 * two), federated on two axes under three council levels ({@link ReferendumFederation}); a year of
 * history, one proposal a month in every assembly, each voted on by a random 60% of its members; and
 * one referendum of the whole confederation that every member voted in. Prints the heap in use after
 * full collections.
 *
 * <p>Run with {@code -Xmx1g}: if the state did not fit, the run would fail with OutOfMemoryError.
 * Arguments: members assemblies months turnout-percent (defaults 1000000 10000 12 60).
 */
public final class MemoryFootprint {
    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int assemblies = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int turnout = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long started = System.nanoTime();
        ReferendumFederation f = new ReferendumFederation(members, assemblies);
        SplittableRandom random = new SplittableRandom(20261125);
        Ballot[] choices = {new Ballot.YesNo(Ballot.Choice.YES), new Ballot.YesNo(Ballot.Choice.NO), new Ballot.YesNo(Ballot.Choice.ABSTAIN)};
        long votes = 0;
        for (int month = 0; month < months; month++) {
            List<ProposalId> open = new ArrayList<>(assemblies);
            for (int a = 0; a < assemblies; a++) {
                ProposalId id = new ProposalId("month" + month + "-" + a);
                MemberId proposer = ReferendumFederation.member(a * (members / assemblies));
                f.run(proposer, new ProposalCommand.SubmitProposal(id, ReferendumFederation.assembly(a), "Monthly business", "",
                        new Motion.Resolution(), List.of(), null));
                f.run(proposer, new ProposalCommand.PublishProposal(id, null, Duration.ofDays(7)));
                open.add(id);
            }
            for (int a = 0; a < assemblies; a++) {
                for (MemberId m : f.state.body(ReferendumFederation.assembly(a)).members().keySet()) {
                    if (random.nextInt(100) < turnout) {
                        f.run(m, new ProposalCommand.CastVote(open.get(a), choices[random.nextInt(3)]));
                        votes++;
                    }
                }
            }
            f.advance(Duration.ofDays(30));
        }
        ProposalId referendum = f.callReferendum();
        for (int i = 0; i < members; i++) {
            f.run(ReferendumFederation.member(i), new ProposalCommand.CastVote(referendum, choices[random.nextInt(3)]));
            votes++;
        }
        f.advance(Duration.ofDays(2));
        long built = System.nanoTime() - started;
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        var r = f.state.proposal(referendum);
        System.out.printf("members=%d assemblies=%d bodies=%d proposals=%d votes=%d events=%d%n", members, assemblies,
                f.state.bodies().size(), f.state.proposals().size(), votes, f.state.eventCount());
        System.out.printf("referendum %s: %s, turnout %d of %d, breakdown over %d bodies%n", referendum, r.result().verdict(),
                r.result().tally().turnout(), r.result().tally().roll(), r.breakdown().size());
        System.out.printf("heap used after full GC: %.1f MiB of max %.1f MiB (%.0f%%); built in %.1f s%n",
                used / 1048576.0, max / 1048576.0, 100.0 * used / max, built / 1e9);
    }
}
