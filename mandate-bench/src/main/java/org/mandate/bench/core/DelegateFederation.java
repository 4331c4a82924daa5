package org.mandate.bench.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.clock.Tick;
import org.mandate.core.count.Apportionment;
import org.mandate.core.council.Instruction;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * A council of delegates built through the core's own commands: {@code bodies} assemblies of four
 * members, two seats each (one seat per two members), each electing two delegates by STV, under a
 * council whose member bodies granted it a competence. Items are put to it in rounds, every body
 * mandating its delegates on every item by its own decision.
 */
final class DelegateFederation extends Driver {
    static final BodyId COUNCIL = new BodyId("fed");
    final int bodies;
    private int round;

    DelegateFederation(int bodies) {
        this.bodies = bodies;
        for (int i = 0; i < bodies * 4; i++) {
            run(member(i), new MemberCommand.RegisterMember(member(i)));
        }
        for (int a = 0; a < bodies; a++) {
            run(member(4 * a), new BodyCommand.FoundAssembly(assembly(a), "Section " + a, quick(Charter.defaultAssembly()),
                    List.of(member(4 * a + 1), member(4 * a + 2), member(4 * a + 3))));
            for (int j = 1; j < 4; j++) {
                run(member(4 * a + j), new BodyCommand.AcceptFounding(assembly(a)));
            }
        }
        List<BodyId> others = new ArrayList<>();
        for (int a = 1; a < bodies; a++) {
            others.add(assembly(a));
        }
        Charter council = quick(Charter.defaultCouncil()).withCouncil(new CouncilRules(CouncilRules.VotingBy.DELEGATES,
                Apportionment.Rule.perMembers(2, 1, 0), CouncilRules.Referral.ABSTAIN, org.mandate.core.count.Fraction.of(1, 3),
                org.mandate.core.count.Fraction.of(1, 4), org.mandate.core.count.Fraction.of(1, 10),
                CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE));
        decideEverywhere(List.of(0), a -> new Motion.FoundCouncil(COUNCIL, "Federation", "trade", council, others), a -> List.of());
        decideEverywhere(range(1, bodies), a -> new Motion.JoinAsFounder(COUNCIL), a -> List.of());
        ProposalId grant = new ProposalId("grant-work");
        run(member(0), new ProposalCommand.SubmitProposal(grant, COUNCIL, "Grant work", "", new Motion.GrantCompetence("work", "Work"), List.of(), null));
        run(member(0), new ProposalCommand.PublishProposal(grant, null, Duration.ofHours(1)));
        tick();
        decideEverywhere(range(0, bodies), a -> new Motion.CastBodyVote(grant, new Ballot.YesNo(Ballot.Choice.YES)), a -> List.of());
        advance(Duration.ofDays(1));
        decideEverywhere(range(0, bodies), a -> new Motion.ElectDelegates(COUNCIL, 0),
                a -> List.of(member(4 * a).value(), member(4 * a + 1).value()));
    }

    /** Charters whose votes open at once and close within a minute, so rounds of decisions are quick to run. */
    private static Charter quick(Charter c) {
        Charter out = c;
        for (DecisionKind kind : DecisionKind.values()) {
            DecisionRule r = c.rule(kind);
            out = out.withRule(kind, r.withWindows(Duration.ZERO, Duration.ofMinutes(1)).withSecret(false));
        }
        return out;
    }

    /** Puts {@code items} items to the council and has every body mandate its delegates on each; returns the items, open for voting. */
    List<ProposalId> openItemsWithMandates(int items) {
        int r = round++;
        List<ProposalId> ids = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ProposalId id = new ProposalId("r" + r + "-item" + i);
            run(member(0), new ProposalCommand.SubmitProposal(id, COUNCIL, "Item " + i, "", new Motion.Resolution(), List.of(), "work"));
            run(member(0), new ProposalCommand.PublishProposal(id, Duration.ofHours(1), Duration.ofDays(1)));
            ids.add(id);
        }
        // one round: every body decides its mandate on every item at once
        int d = round++;
        for (ProposalId item : ids) {
            Motion mandate = new Motion.GiveMandate(COUNCIL, item, new Instruction.Fixed(instructionFor(item)), false);
            for (int a = 0; a < bodies; a++) {
                ProposalId id = new ProposalId("m" + d + "-" + item.value() + "-" + a);
                run(member(4 * a), new ProposalCommand.SubmitProposal(id, assembly(a), "Mandate", "", mandate, List.of(), null));
                run(member(4 * a), new ProposalCommand.PublishProposal(id, null, null));
                for (int j = 0; j < 3; j++) {
                    run(member(4 * a + j), new ProposalCommand.CastVote(id, new Ballot.YesNo(Ballot.Choice.YES)));
                }
            }
        }
        advance(Duration.ofHours(1));
        return ids;
    }

    /** Each body decides the motion: its first member proposes, three members vote for it, the vote closes. */
    private void decideEverywhere(List<Integer> assemblies, java.util.function.IntFunction<Motion> motion,
            java.util.function.IntFunction<List<String>> options) {
        int r = round++;
        for (int a : assemblies) {
            ProposalId id = new ProposalId("d" + r + "-" + a);
            run(member(4 * a), new ProposalCommand.SubmitProposal(id, assembly(a), "Decision", "", motion.apply(a), options.apply(a), null));
            run(member(4 * a), new ProposalCommand.PublishProposal(id, null, null));
            Motion m = motion.apply(a);
            for (int j = 0; j < 3; j++) {
                Ballot b = m instanceof Motion.ElectDelegates
                        ? new Ballot.Ranking(List.of(List.of(member(4 * a + (j % 2)).value()), List.of(member(4 * a + 1 - (j % 2)).value())))
                        : new Ballot.YesNo(Ballot.Choice.YES);
                run(member(4 * a + j), new ProposalCommand.CastVote(id, b));
            }
        }
        advance(Duration.ofMinutes(1));
    }

    static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    static MemberId member(int i) {
        return new MemberId("p" + i);
    }

    static BodyId assembly(int a) {
        return new BodyId("s" + a);
    }

    /** The instruction the body gave on this item, so a benchmark can cast votes that keep to it. */
    static Ballot instructionFor(ProposalId item) {
        return new Ballot.YesNo(item.hashCode() % 2 == 0 ? Ballot.Choice.YES : Ballot.Choice.NO);
    }

}
