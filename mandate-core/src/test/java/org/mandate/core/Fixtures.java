package org.mandate.core;

import java.time.Duration;
import java.util.List;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/** Short hands for the commands scenarios repeat. */
public final class Fixtures {
    private Fixtures() {}

    public static MemberId m(String id) { return new MemberId(id); }

    public static BodyId b(String id) { return new BodyId(id); }

    public static ProposalId p(String id) { return new ProposalId(id); }

    /** Registers each member. */
    public static void register(Scenario s, String... members) {
        for (String member : members) {
            s.given(member, new MemberCommand.RegisterMember(m(member)));
        }
    }

    /** Registers the members and founds an assembly of all of them (the first founds, the rest accept). */
    public static void assembly(Scenario s, String body, Charter charter, String... members) {
        for (String member : members) {
            if (s.state().member(m(member)) == null) {
                register(s, member);
            }
        }
        List<MemberId> cofounders = java.util.Arrays.stream(members).skip(1).map(MemberId::new).toList();
        s.given(members[0], new BodyCommand.FoundAssembly(b(body), "Assembly " + body, charter, cofounders));
        for (int i = 1; i < members.length; i++) {
            s.given(members[i], new BodyCommand.AcceptFounding(b(body)));
        }
    }

    public static ProposalCommand.SubmitProposal submit(String proposal, String body, Motion motion) {
        return new ProposalCommand.SubmitProposal(p(proposal), b(body), "Proposal " + proposal, "Text of " + proposal, motion, List.of(), null);
    }

    public static ProposalCommand.PublishProposal publish(String proposal) {
        return new ProposalCommand.PublishProposal(p(proposal), null, null);
    }

    public static ProposalCommand.CastVote vote(String proposal, Ballot ballot) {
        return new ProposalCommand.CastVote(p(proposal), ballot);
    }

    public static Ballot yes() { return new Ballot.YesNo(Ballot.Choice.YES); }

    public static Ballot no() { return new Ballot.YesNo(Ballot.Choice.NO); }

    public static Ballot abstain() { return new Ballot.YesNo(Ballot.Choice.ABSTAIN); }

    /**
     * Submits and publishes a proposal by {@code proposer}, then moves time past deliberation and ticks,
     * so its vote is open.
     */
    public static void openVote(Scenario s, String proposer, ProposalCommand.SubmitProposal submit) {
        s.given(proposer, submit);
        s.given(proposer, publish(submit.proposal().value()));
        var p = s.state().proposal(submit.proposal());
        s.at(p.votingOpensAt());
        s.tick();
    }

    /** Moves time to the close of the proposal's vote and ticks. */
    public static void closeVote(Scenario s, String proposal) {
        s.at(s.state().proposal(p(proposal)).closesAt());
        s.tick();
    }

    public static final Duration DAY = Duration.ofDays(1);
}
