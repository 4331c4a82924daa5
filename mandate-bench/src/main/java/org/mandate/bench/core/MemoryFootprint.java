package org.mandate.bench.core;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * The heap a large federation's state needs: 1,000,000 members in 10,000 assemblies, a year of
 * history (a proposal a month in every assembly, each voted on by a random 60% of its members), and a
 * last round that every member voted in. Prints the heap used after a full collection.
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
        SyntheticFederation f = new SyntheticFederation(members, assemblies);
        SplittableRandom random = new SplittableRandom(20261125);
        Ballot[] choices = {new Ballot.YesNo(Ballot.Choice.YES), new Ballot.YesNo(Ballot.Choice.NO), new Ballot.YesNo(Ballot.Choice.ABSTAIN)};
        int per = members / assemblies;
        long votes = 0;
        for (int month = 0; month <= months; month++) {
            boolean everyone = month == months;
            List<ProposalId> open = f.openRound((everyone ? "all-" : "month" + month + "-"));
            for (int i = 0; i < members; i++) {
                if (everyone || random.nextInt(100) < turnout) {
                    f.run(SyntheticFederation.member(i), new ProposalCommand.CastVote(open.get(i / per), choices[random.nextInt(3)]));
                    votes++;
                }
            }
            f.advance(Duration.ofDays(29));
        }
        long built = System.nanoTime() - started;
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("members=%d assemblies=%d proposals=%d votes=%d events=%d%n", members, assemblies,
                f.state.proposals().size(), votes, f.state.eventCount());
        System.out.printf("heap used after full GC: %.1f MiB of max %.1f MiB (%.0f%%); built in %.1f s%n",
                used / 1048576.0, max / 1048576.0, 100.0 * used / max, built / 1e9);
        MemberId keep = SyntheticFederation.member(0);
        System.out.println("state still reachable: member " + keep + " in " + f.state.member(keep).bodies());
    }
}
