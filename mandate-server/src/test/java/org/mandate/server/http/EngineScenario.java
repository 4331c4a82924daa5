package org.mandate.server.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.clock.Tick;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.office.Permission;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.server.engine.Engine;
import org.mandate.server.engine.SettableClock;

/**
 * Federation state built on a running engine with the core's own commands, as members would build it:
 * each command goes through the writer and must be accepted (so a set-up cannot fail silently), time
 * moves on a settable clock, and the clock command makes what falls due happen.
 */
final class EngineScenario {
    static final Duration DAY = Duration.ofDays(1);
    static final Duration TERM = Duration.ofDays(30);
    static final Ballot YES = new Ballot.YesNo(Ballot.Choice.YES);

    private final Engine engine;
    private final SettableClock clock;

    EngineScenario(Engine engine, SettableClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** Every kind decided at once after publication, voted for a day; terms of thirty days; half the members recall at once. */
    static Charter quickAssembly() {
        return windows(Charter.defaultAssembly(), DAY)
                .withDelegation(new DelegationRules(TERM, 2, DelegationRules.BreachPolicy.REFUSE, false, Fraction.HALF, true));
    }

    /** A council whose business delegates vote, one seat per member body, voted for three days. */
    static Charter delegatesCouncil() {
        return windows(Charter.defaultCouncil(), Duration.ofDays(3)).withCouncil(new CouncilRules(CouncilRules.VotingBy.DELEGATES,
                Apportionment.Rule.onePerBody(), CouncilRules.Referral.ABSTAIN, Fraction.of(1, 3), Fraction.of(2, 3), Fraction.HALF,
                CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE));
    }

    /** A council whose own business its member bodies vote, each by its own decision, for three days; its record is open. */
    static Charter bodiesCouncil() {
        Charter c = windows(Charter.defaultCouncil(), Duration.ofDays(3));
        return new Charter(c.rules(), c.admission(), c.weighting(), c.annulmentWindow(), true, c.delegation(), c.council());
    }

    private static Charter windows(Charter c, Duration voting) {
        for (DecisionKind kind : DecisionKind.values()) {
            c = c.withRule(kind, c.rule(kind).withWindows(Duration.ZERO, voting));
        }
        return c;
    }

    Instant now() {
        return clock.instant();
    }

    /** Moves the clock to {@code t}, never backwards. */
    void at(Instant t) {
        if (t.isAfter(now())) {
            clock.set(t);
        }
    }

    void after(Duration d) {
        clock.advance(d);
    }

    List<Event> given(String actor, Command command) {
        Outcome o;
        try {
            o = engine.writer().submit(command, actor == null ? null : new MemberId(actor)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("set-up command " + command + " failed", e);
        }
        if (o instanceof Outcome.Refused r) {
            throw new AssertionError("set-up command " + command + " by " + actor + " was refused: " + r.rejection().message());
        }
        return ((Outcome.Accepted) o).events();
    }

    /** The clock's tick, with the events of the plans' stretches it started beside the writer, once they are recorded. */
    List<Event> tick() {
        List<Event> events = new java.util.ArrayList<>(given(null, new Tick()));
        events.addAll(engine.writer().plans().settle(Duration.ofSeconds(60)));
        return events;
    }

    /** A query on the readers' state, once it holds every event recorded so far. */
    <T> T read(Function<Federation, T> query) {
        engine.reads().await(engine.size(), Duration.ofSeconds(10));
        return engine.reads().read(query);
    }

    void assembly(String body, Charter charter, String... members) {
        for (String m : members) {
            if (read(f -> f.member(new MemberId(m))) == null) {
                given(m, new MemberCommand.RegisterMember(new MemberId(m)));
            }
        }
        given(members[0], new BodyCommand.FoundAssembly(new BodyId(body), "Assembly " + body, charter,
                Arrays.stream(members).skip(1).map(MemberId::new).toList()));
        for (int i = 1; i < members.length; i++) {
            given(members[i], new BodyCommand.AcceptFounding(new BodyId(body)));
        }
    }

    List<String> members(String body) {
        return read(f -> f.body(new BodyId(body)).members().keySet().stream().map(MemberId::value).sorted().toList());
    }

    /** The assembly's first member (by id) submits and publishes; every member votes {@code ballot}; the vote closes. */
    List<Event> decide(String body, String proposal, Motion motion, List<String> options, Ballot ballot) {
        List<String> members = members(body);
        given(members.get(0), new ProposalCommand.SubmitProposal(new ProposalId(proposal), new BodyId(body), "Proposal " + proposal, "",
                motion, options, null));
        given(members.get(0), new ProposalCommand.PublishProposal(new ProposalId(proposal), null, null));
        for (String m : members) {
            given(m, new ProposalCommand.CastVote(new ProposalId(proposal), ballot));
        }
        return close(proposal);
    }

    List<Event> adopt(String body, String proposal, Motion motion) {
        return decide(body, proposal, motion, List.of(), YES);
    }

    /** An election in which every member ranks the candidates in the order given. */
    List<Event> elect(String body, String proposal, Motion motion, String... candidates) {
        return decide(body, proposal, motion, List.of(candidates), new Ballot.Ranking(Arrays.stream(candidates).map(List::of).toList()));
    }

    /** A council adopts a motion: a person beneath it proposes, each member body votes yes by its own decision, the vote closes. */
    List<Event> councilAdopts(String council, String proposal, Motion motion, String competence) {
        return councilDecides(council, proposal, motion, List.of(), YES, competence);
    }

    /** A council elects {@code holder} to an office: each member body ranks the one candidate by its own decision. */
    List<Event> councilElects(String council, String proposal, Motion.ElectOffice office, String holder, String competence) {
        return councilDecides(council, proposal, office, List.of(holder), new Ballot.Ranking(List.of(List.of(holder))), competence);
    }

    private List<Event> councilDecides(String council, String proposal, Motion motion, List<String> options, Ballot ballot, String competence) {
        BodyId c = new BodyId(council);
        String proposer = read(f -> f.peopleBeneath(c).stream().map(MemberId::value).sorted().findFirst().orElseThrow());
        ProposalId id = new ProposalId(proposal);
        given(proposer, new ProposalCommand.SubmitProposal(id, c, "Proposal " + proposal, "", motion, options, competence));
        Duration voting = read(f -> f.body(c).charter().rule(motion.kind()).voting()).plus(Duration.ofDays(6));
        given(proposer, new ProposalCommand.PublishProposal(id, null, voting));
        for (String body : read(f -> f.proposal(id).roll().asMap().keySet().stream().sorted().toList())) {
            adopt(body, body + ".on." + proposal, new Motion.CastBodyVote(id, ballot));
        }
        return close(proposal);
    }

    /** {@code founder} founds {@code council}, voted by its member bodies, with {@code others}, which join. */
    void council(String council, String axis, String founder, String... others) {
        adopt(founder, founder + ".found." + council, new Motion.FoundCouncil(new BodyId(council), "Council " + council, axis,
                bodiesCouncil(), Arrays.stream(others).map(BodyId::new).toList()));
        for (String other : others) {
            adopt(other, other + ".join." + council, new Motion.JoinAsFounder(new BodyId(council)));
        }
    }

    /**
     * Mutual credit between assemblies: {@code founder} founds {@code council} (voted by its member bodies)
     * with {@code others}, which join; the member bodies grant it 'trade', on which it adopts mutual
     * credit in hours.
     */
    void credit(String council, String founder, String... others) {
        council(council, "trade", founder, others);
        councilAdopts(council, council + ".grant.trade", new Motion.GrantCompetence("trade", "Trade between the member bodies"), null);
        councilAdopts(council, council + ".credit", new Motion.AdoptMutualCredit("hours"), "trade");
    }

    /** Each body elects its treasurer (body to member), who may make payments and record invoices, for one term. */
    void treasurers(Map<String, String> treasurers) {
        for (var t : new java.util.TreeMap<>(treasurers).entrySet()) {
            elect(t.getKey(), t.getKey() + ".treasurer." + now().toEpochMilli(), new Motion.ElectOffice("treasurer",
                    List.of(Permission.MAKE_PAYMENT, Permission.RECORD_INVOICE), 1), t.getValue());
        }
    }

    /** Moves the clock to the close of the proposal's vote and ticks. */
    List<Event> close(String proposal) {
        at(read(f -> f.proposal(new ProposalId(proposal)).closesAt()));
        return tick();
    }
}
