package org.mandate.bench.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.clock.Tick;
import org.mandate.core.count.Fraction;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * A federation for referendums, built through the core's commands: {@code members} people in
 * {@code assemblies} assemblies of equal size, one in twenty of them also a founding member of the next
 * assembly; on the territorial axis, locals of 20 assemblies, regionals of 20 locals and one
 * confederation; on the trade axis, trade federations of 200 assemblies under the same confederation.
 * Every affiliation is the body's own decision. Charters have no quorum and one-minute windows, so a
 * council's decision needs one member body's decision, down to one member's vote.
 */
final class ReferendumFederation extends Driver {
    static final BodyId CONFEDERATION = new BodyId("confed");
    final int members;
    final int assemblies;
    private final Map<BodyId, Integer> height = new HashMap<>();
    private int serial;

    ReferendumFederation(int members, int assemblies) {
        this.members = members;
        this.assemblies = assemblies;
        int per = members / assemblies;
        for (int i = 0; i < members; i++) {
            run(member(i), new MemberCommand.RegisterMember(member(i)));
        }
        for (int a = 0; a < assemblies; a++) {
            List<MemberId> cofounders = new ArrayList<>();
            for (int j = 1; j < per; j++) {
                cofounders.add(member(a * per + j));
            }
            int next = (a + 1) % assemblies;
            for (int j = 0; j < per; j += 20) {
                cofounders.add(member(next * per + j));
            }
            run(member(a * per), new BodyCommand.FoundAssembly(assembly(a), "Assembly " + a, quick(Charter.defaultAssembly()), cofounders));
            for (MemberId m : cofounders) {
                run(m, new BodyCommand.AcceptFounding(assembly(a)));
            }
            height.put(assembly(a), 0);
        }
        List<BodyId> locals = group(range(assemblies, ReferendumFederation::assembly), 20, "local", "territory");
        List<BodyId> regionals = group(locals, 20, "regional", "territory");
        List<BodyId> trades = group(range(assemblies, ReferendumFederation::assembly), 200, "trade", "trade");
        List<BodyId> top = new ArrayList<>(regionals);
        top.addAll(trades);
        found(top, CONFEDERATION, "territory");
        advance(Duration.ofMinutes(10));
    }

    private static Charter quick(Charter c) {
        Charter out = c;
        for (DecisionKind kind : DecisionKind.values()) {
            DecisionRule r = c.rule(kind);
            out = out.withRule(kind, new DecisionRule(r.method(), Fraction.ZERO, r.threshold(), r.strict(), r.abstentionsCount(),
                    Duration.ZERO, kind == DecisionKind.REFERENDUM ? Duration.ofDays(1) : Duration.ofMinutes(1), false,
                    r.blockThreshold(), r.maxStandAsides(), r.maxScore()));
        }
        return out;
    }

    /** Groups bodies into councils of {@code size}, each founded by its first body and joined by the others. */
    private List<BodyId> group(List<BodyId> bodies, int size, String prefix, String axis) {
        List<BodyId> councils = new ArrayList<>();
        for (int from = 0; from < bodies.size(); from += size) {
            BodyId council = new BodyId(prefix + councils.size());
            found(bodies.subList(from, Math.min(bodies.size(), from + size)), council, axis);
            councils.add(council);
        }
        advance(Duration.ofMinutes(10));
        return councils;
    }

    private void found(List<BodyId> bodies, BodyId council, String axis) {
        decide(bodies.get(0), new Motion.FoundCouncil(council, council.value(), axis, quick(Charter.defaultCouncil()),
                List.copyOf(bodies.subList(1, bodies.size()))));
        advance(Duration.ofMinutes(10));
        for (BodyId b : bodies.subList(1, bodies.size())) {
            decide(b, new Motion.JoinAsFounder(council));
        }
        height.put(council, height.get(bodies.get(0)) + 1);
    }

    /**
     * The body decides the motion. An assembly: its first member proposes and votes for it. A council:
     * a person beneath proposes it, and its first member body decides to vote for it, recursively; each
     * level's window outlasts the one below, so one tick closes them in order.
     */
    ProposalId decide(BodyId body, Motion motion) {
        ProposalId id = new ProposalId("d" + (serial++));
        var b = state.body(body);
        if (b.isAssembly()) {
            MemberId m = firstMember(body);
            run(m, new ProposalCommand.SubmitProposal(id, body, "Decision", "", motion, List.of(), null));
            run(m, new ProposalCommand.PublishProposal(id, null, null));
            run(m, new ProposalCommand.CastVote(id, new Ballot.YesNo(Ballot.Choice.YES)));
            return id;
        }
        MemberId proposer = firstMember(lowestAssembly(body));
        run(proposer, new ProposalCommand.SubmitProposal(id, body, "Decision", "", motion, List.of(), null));
        run(proposer, new ProposalCommand.PublishProposal(id, null, Duration.ofMinutes(1 + height.get(body))));
        BodyId first = b.memberBodies().keySet().iterator().next();
        decide(first, new Motion.CastBodyVote(id, new Ballot.YesNo(Ballot.Choice.YES)));
        return id;
    }

    private MemberId firstMember(BodyId assembly) {
        int a = Integer.parseInt(assembly.value().substring(1));
        return member(a * (members / assemblies));
    }

    private BodyId lowestAssembly(BodyId body) {
        var b = state.body(body);
        while (b.isCouncil()) {
            b = state.body(b.memberBodies().keySet().iterator().next());
        }
        return b.id();
    }

    /** Opens a referendum from below: a member opens the petition, a quarter of the confederation's member bodies sign it. */
    ProposalId callReferendum() {
        String petition = "ref" + (serial++);
        run(member(0), new PetitionCommand.OpenPetition(petition, PetitionKind.REFERENDUM, CONFEDERATION, "Question " + petition,
                "Shall we?", null, null, null));
        long needed = state.petitions().get(petition).bodiesNeeded();
        int signed = 0;
        for (BodyId b : state.body(CONFEDERATION).memberBodies().keySet()) {
            if (signed++ == needed) {
                break;
            }
            decide(b, new Motion.SignPetitionAsBody(petition));
        }
        advance(Duration.ofMinutes(10));
        return new ProposalId(petition + ".vote");
    }

    static List<BodyId> range(int n, java.util.function.IntFunction<BodyId> id) {
        List<BodyId> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(id.apply(i));
        }
        return out;
    }

    static MemberId member(int i) {
        return new MemberId("m" + i);
    }

    static BodyId assembly(int a) {
        return new BodyId("a" + a);
    }

}
