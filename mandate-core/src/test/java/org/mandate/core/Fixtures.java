package org.mandate.core;

import java.time.Duration;
import java.util.List;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
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

    /** Moves time to the close of the proposal's vote (never backwards) and ticks; returns the tick's events. */
    public static List<Event> closeVote(Scenario s, String proposal) {
        java.time.Instant closes = s.state().proposal(p(proposal)).closesAt();
        if (closes.isAfter(s.now())) {
            s.at(closes);
        }
        return s.tick();
    }

    /** A charter with every rule's windows replaced: scenarios about councils use short, distinct windows. */
    public static Charter withWindows(Charter c, Duration deliberation, Duration voting) {
        java.util.EnumMap<DecisionKind, DecisionRule> rules = new java.util.EnumMap<>(DecisionKind.class);
        c.rules().forEach((k, r) -> rules.put(k, r.withWindows(deliberation, voting)));
        return new Charter(rules, c.admission(), c.weighting(), c.annulmentWindow(), c.publicRecord());
    }

    /** A charter with one kind's rule replaced. */
    public static Charter withRule(Charter c, DecisionKind kind, DecisionRule rule) {
        java.util.EnumMap<DecisionKind, DecisionRule> rules = new java.util.EnumMap<>(c.rules());
        rules.put(kind, rule);
        return new Charter(rules, c.admission(), c.weighting(), c.annulmentWindow(), c.publicRecord());
    }

    /** The default assembly charter, with no deliberation time and a one-day vote. */
    public static Charter quickAssembly() {
        return withWindows(Charter.defaultAssembly(), Duration.ZERO, DAY);
    }

    /** The default council charter, with no deliberation time and a three-day vote (longer than a quick assembly's). */
    public static Charter quickCouncil() {
        return withWindows(Charter.defaultCouncil(), Duration.ZERO, Duration.ofDays(3));
    }

    /** The members of a body, sorted. */
    public static List<String> membersOf(Scenario s, String body) {
        return s.state().body(b(body)).members().keySet().stream().map(MemberId::value).sorted().toList();
    }

    /**
     * The assembly decides a motion: its first member (by id) submits and publishes it, every member
     * votes {@code ballot}, and the vote closes. Returns the closing tick's events.
     */
    public static List<Event> decide(Scenario s, String assembly, String proposal, Motion motion, Ballot ballot) {
        List<String> members = membersOf(s, assembly);
        openVote(s, members.get(0), submit(proposal, assembly, motion));
        for (String m : members) {
            s.given(m, vote(proposal, ballot));
        }
        return closeVote(s, proposal);
    }

    /** The assembly adopts a motion unanimously. */
    public static List<Event> adopt(Scenario s, String assembly, String proposal, Motion motion) {
        return decide(s, assembly, proposal, motion, yes());
    }

    /** A body casts its vote on a council's question by its own decision (an assembly votes; a council asks its member bodies). */
    public static void bodyVotes(Scenario s, String body, String question, Ballot ballot) {
        String decision = body + ".on." + question;
        if (s.state().body(b(body)).isAssembly()) {
            adopt(s, body, decision, new Motion.CastBodyVote(p(question), ballot));
        } else {
            councilDecides(s, body, decision, new Motion.CastBodyVote(p(question), ballot), null, Duration.ZERO, yes());
        }
    }

    /**
     * A council decides a motion: a person beneath it submits it and publishes it with a voting window
     * lengthened by {@code extra}, every member body on the roll votes {@code ballot} by its own decision,
     * and the council's vote closes. Returns the closing tick's events.
     */
    public static List<Event> councilDecides(Scenario s, String council, String proposal, Motion motion, String competence,
            Duration extra, Ballot ballot) {
        String proposer = s.state().peopleBeneath(b(council)).stream().map(MemberId::value).sorted().findFirst().orElseThrow();
        s.given(proposer, new ProposalCommand.SubmitProposal(p(proposal), b(council), "Proposal " + proposal,
                "Text of " + proposal, motion, List.of(), competence));
        var rule = s.state().body(b(council)).charter().rule(motion.kind());
        s.given(proposer, new ProposalCommand.PublishProposal(p(proposal), null, rule.voting().plus(extra)));
        for (String voter : s.state().proposal(p(proposal)).roll().asMap().keySet().stream().sorted().toList()) {
            bodyVotes(s, voter, proposal, ballot);
        }
        return closeVote(s, proposal);
    }

    /** A council adopts a motion with every member body for it (its vote lengthened by six days). */
    public static List<Event> councilAdopts(Scenario s, String council, String proposal, Motion motion, String competence) {
        return councilDecides(s, council, proposal, motion, competence, Duration.ofDays(6), yes());
    }

    /** The assembly founds a council on an axis, with these co-founding bodies named. */
    public static List<Event> foundCouncil(Scenario s, String assembly, String council, String axis, String... cofounders) {
        return adopt(s, assembly, assembly + ".found." + council, new Motion.FoundCouncil(b(council), "Council " + council, axis,
                quickCouncil(), java.util.Arrays.stream(cofounders).map(BodyId::new).toList()));
    }

    public static final Duration DAY = Duration.ofDays(1);
}
