package org.mandate.web.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.web.TestFederation;

/**
 * A plan period on the market of {@link TestFederation#credit}, built by the core's own commands through
 * the server: each co-operative elects a planner who may state its part (ana for the bakery, chi for the
 * mill, eve for the dairy), the market elects dee its facilitator, and adopts plan "market-2027" with
 * goods flour and bread, 1% tolerance, two human rounds and statements closing in 30 days. With
 * {@link #stated}, the mill states milling (1 t of flour per unit, 10 hours, up to 200 units), the
 * bakery baking (1 t of bread from 0.5 t of flour, 20 hours, up to 150 units), and the dairy asks for up
 * to 100 t of bread at 100 hours a tonne. {@link #rounds} moves the clock to when the plan is due, and the server's tick runs the next stretch.
 */
final class Planning {
    static final String PLAN = "market-2027";
    static final BodyId MARKET = new BodyId("market");
    static final String PLAN_PATH = "/councils/market/plans/" + PLAN;

    private Planning() {}

    static TestFederation opened(Path dir) throws Exception {
        TestFederation f = TestFederation.credit(dir);
        ProposalId[] elections = {elect(f, "bakery", "ana", "ana", "ben"), elect(f, "mill", "chi", "chi", "dee"), elect(f, "dairy", "eve", "eve")};
        for (ProposalId p : elections) {
            close(f, p);
        }
        councilDecides(f, "market-facilitator", new Motion.ElectOffice("facilitator", List.of(Permission.FACILITATE_PLAN), 1), List.of("dee"),
                new Ballot.Ranking(List.of(List.of("dee"))));
        Instant balanceAt = f.now().plus(Duration.ofDays(30));
        councilDecides(f, "market-plan", new Motion.OpenPlanPeriod(PLAN, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new PlanGood("flour", "t", "Flour"), new PlanGood("bread", "t", "Bread")), 10, 2, balanceAt), List.of(),
                new Ballot.YesNo(Ballot.Choice.YES));
        f.awaitState(s -> s.plans().of(PLAN) != null);
        return f;
    }

    static TestFederation stated(Path dir) throws Exception {
        TestFederation f = opened(dir);
        f.run("chi", mill());
        f.run("ana", bakery());
        f.run("eve", new PlanCommand.StateRequests(PLAN, new BodyId("dairy"), List.of(new Request("bread", 0, List.of(new Step(100_000, 100_000_000))))));
        return f;
    }

    static PlanCommand.StateTechniques mill() {
        return new PlanCommand.StateTechniques(PLAN, new BodyId("mill"), List.of(new Technique("milling", List.of(new PerUnit("flour", 1_000_000)),
                List.of(), 10_000_000, 200_000)));
    }

    static PlanCommand.StateTechniques bakery() {
        return new PlanCommand.StateTechniques(PLAN, new BodyId("bakery"), List.of(new Technique("baking", List.of(new PerUnit("bread", 1_000_000)),
                List.of(new PerUnit("flour", 500_000)), 20_000_000, 150_000)));
    }

    /** Moves the clock to when the plan falls due; the server's tick then records its next stretch. */
    static void rounds(TestFederation f) {
        f.caughtUp();
        Instant due = f.read(s -> s.plans().of(PLAN).dueAt(s));
        if (due.isAfter(f.now())) {
            f.advance(Duration.between(f.now(), due));
        }
        // A stretch ends balanced, unsettled or blocked (a blocked one may record no round): nothing is due until a human round.
        f.awaitState(s -> s.plans().of(PLAN).dueAt(s) == null, Duration.ofSeconds(60));
    }

    static Plan plan(TestFederation f) {
        return f.read(s -> s.plans().of(PLAN));
    }

    /** The assembly elects its planner: the first voter submits and publishes, everyone ranks the one candidate. Returns the election to close. */
    static ProposalId elect(TestFederation f, String body, String holder, String... voters) {
        ProposalId id = new ProposalId(body + "-planner");
        f.run(voters[0], new ProposalCommand.SubmitProposal(id, new BodyId(body), "Elect our planner", "",
                new Motion.ElectOffice("planner", List.of(Permission.PROPOSE_PLAN), 1), List.of(holder), null));
        f.run(voters[0], new ProposalCommand.PublishProposal(id, null, null));
        for (String v : voters) {
            f.run(v, new ProposalCommand.CastVote(id, new Ballot.Ranking(List.of(List.of(holder)))));
        }
        return id;
    }

    /** The market decides: ana puts it, each member body votes {@code ballot} by its own decision, and the vote closes. */
    static void councilDecides(TestFederation f, String id, Motion motion, List<String> options, Ballot ballot) {
        ProposalId p = new ProposalId(id);
        f.run("ana", new ProposalCommand.SubmitProposal(p, MARKET, "Proposal " + id, "", motion, options, "trade"));
        f.run("ana", new ProposalCommand.PublishProposal(p, null, null));
        f.awaitState(s -> s.proposal(p) != null && s.proposal(p).phase() == Phase.VOTING);
        List<ProposalId> bodyVotes = List.of(bodyVote(f, "bakery", p, ballot, "ana", "ben"), bodyVote(f, "mill", p, ballot, "chi", "dee"),
                bodyVote(f, "dairy", p, ballot, "eve"));
        for (ProposalId v : bodyVotes) {
            close(f, v);
        }
        close(f, p);
        f.awaitState(s -> s.proposal(p).phase() == Phase.CLOSED);
    }

    /** Closes the vote once the readers have the proposal: the writer's answer may come before they fold it. */
    static void close(TestFederation f, ProposalId p) {
        f.awaitState(s -> s.proposal(p) != null);
        f.close(p);
    }

    /** An assembly adopts a motion: the first voter puts it, every voter says yes. Returns the proposal to close. */
    static ProposalId adopt(TestFederation f, String body, String id, Motion motion, String... voters) {
        ProposalId p = new ProposalId(id);
        f.run(voters[0], new ProposalCommand.SubmitProposal(p, new BodyId(body), "Proposal " + id, "", motion, List.of(), null));
        f.run(voters[0], new ProposalCommand.PublishProposal(p, null, null));
        for (String v : voters) {
            f.run(v, new ProposalCommand.CastVote(p, new Ballot.YesNo(Ballot.Choice.YES)));
        }
        return p;
    }

    private static ProposalId bodyVote(TestFederation f, String body, ProposalId question, Ballot ballot, String... voters) {
        return adopt(f, body, body + "-on-" + question.value(), new Motion.CastBodyVote(question, ballot), voters);
    }
}
