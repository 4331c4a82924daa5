package org.mandate.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * The federation the queries read (issue 5: 100,000 members in 1,000 assemblies), grown through the core's
 * commands: every member registers, every assembly is founded and joined, and each assembly decides
 * {@value #CLOSED} proposals that are closed and counted (every member votes on the first, a seeded 60% on
 * the next) and has one more still open, half its members having voted, its vote open for 60 days. The
 * history spans about 70 days: started {@link #SPAN} before the present, the last vote is still open when
 * the server starts on it.
 * Member {@code i} is {@code m<i>}, in assembly {@code a<i / per>}; proposal {@code r} of assembly
 * {@code a} is {@code p<a>-<r>}.
 */
final class QueryFederation {
    static final int CLOSED = 2;
    static final int PROPOSALS = CLOSED + 1;
    static final Duration SPAN = Duration.ofDays(110);

    final int members;
    final int assemblies;
    final int per;

    QueryFederation(int members, int assemblies) {
        if (members % assemblies != 0) {
            throw new IllegalArgumentException("--members must be a multiple of --assemblies");
        }
        this.members = members;
        this.assemblies = assemblies;
        this.per = members / assemblies;
    }

    /** Runs the commands through {@code f}, which stores their events. */
    void grow(StoreFeeder f) {
        SplittableRandom random = new SplittableRandom(20261125);
        for (int i = 0; i < members; i++) {
            f.run(member(i), new MemberCommand.RegisterMember(member(i)));
        }
        for (int a = 0; a < assemblies; a++) {
            List<MemberId> cofounders = new ArrayList<>(per - 1);
            for (int j = 1; j < per; j++) {
                cofounders.add(member(a * per + j));
            }
            f.run(member(a * per), new BodyCommand.FoundAssembly(assembly(a), "Assembly " + a, null, cofounders));
            for (MemberId m : cofounders) {
                f.run(m, new BodyCommand.AcceptFounding(assembly(a)));
            }
        }
        for (int r = 0; r < PROPOSALS; r++) {
            boolean open = r == CLOSED;
            for (int a = 0; a < assemblies; a++) {
                MemberId proposer = member(a * per + r % per);
                f.run(proposer, new ProposalCommand.SubmitProposal(proposal(a, r), assembly(a), "Question " + r + " of assembly " + a,
                        "Resolved that the assembly decide question " + r + ".", new Motion.Resolution(), List.of(), null));
                f.run(proposer, new ProposalCommand.PublishProposal(proposal(a, r), null, open ? Duration.ofDays(60) : null));
            }
            opened(f);
            double share = r == 0 ? 1.0 : open ? 0.5 : 0.6;
            for (int a = 0; a < assemblies; a++) {
                for (int j = 0; j < per; j++) {
                    if (random.nextDouble() < share) {
                        Ballot.Choice c = Ballot.Choice.values()[random.nextInt(3)];
                        f.run(member(a * per + j), new ProposalCommand.CastVote(proposal(a, r), new Ballot.YesNo(c)));
                    }
                }
            }
            if (!open) {
                f.advance(Duration.ofDays(30));
                f.run(null, new Tick());
            }
        }
        f.flush();
    }

    /** Past the default charter's three days of deliberation (and within its four of voting): the tick opens the votes. */
    private static void opened(StoreFeeder f) {
        f.advance(Duration.ofDays(3).plusHours(1));
        f.run(null, new Tick());
    }

    static MemberId member(int i) {
        return new MemberId("m" + i);
    }

    static BodyId assembly(int a) {
        return new BodyId("a" + a);
    }

    static ProposalId proposal(int assembly, int r) {
        return new ProposalId("p" + assembly + "-" + r);
    }
}
