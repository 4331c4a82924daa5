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
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;

/**
 * Builds a large federation the way a real one grows: every member registers, every assembly is
 * founded and joined, every proposal submitted, published and opened, all through
 * {@link Mandate#execute}. Nothing is put into the state behind the core's back.
 */
public final class SyntheticFederation extends Driver {
    public final int members;
    public final int assemblies;

    public SyntheticFederation(int members, int assemblies) {
        this.members = members;
        this.assemblies = assemblies;
        int per = members / assemblies;
        for (int i = 0; i < members; i++) {
            run(member(i), new MemberCommand.RegisterMember(member(i)));
        }
        for (int a = 0; a < assemblies; a++) {
            List<MemberId> cofounders = new ArrayList<>(per - 1);
            for (int j = 1; j < per; j++) {
                cofounders.add(member(a * per + j));
            }
            run(member(a * per), new BodyCommand.FoundAssembly(assembly(a), "Assembly " + a, charter(), cofounders));
            for (MemberId m : cofounders) {
                run(m, new BodyCommand.AcceptFounding(assembly(a)));
            }
        }
    }

    /** The default charter with one day of deliberation and six of voting, so a month holds a few proposals. */
    private static Charter charter() {
        Charter d = Charter.defaultAssembly();
        java.util.EnumMap<DecisionKind, DecisionRule> rules = new java.util.EnumMap<>(d.rules());
        rules.put(DecisionKind.ORDINARY, d.rule(DecisionKind.ORDINARY).withWindows(Duration.ofDays(1), Duration.ofDays(6)));
        return new Charter(rules, d.admission(), d.weighting(), d.annulmentWindow(), d.publicRecord());
    }

    public static MemberId member(int i) {
        return new MemberId("m" + i);
    }

    public static BodyId assembly(int a) {
        return new BodyId("a" + a);
    }

    /** Opens one ordinary proposal in every assembly, named {@code prefix + a}, and moves time to its vote. */
    public List<ProposalId> openRound(String prefix) {
        int per = members / assemblies;
        List<ProposalId> ids = new ArrayList<>(assemblies);
        for (int a = 0; a < assemblies; a++) {
            ProposalId id = new ProposalId(prefix + a);
            MemberId proposer = member(a * per);
            run(proposer, new ProposalCommand.SubmitProposal(id, assembly(a), "Round " + prefix, "Text", new Motion.Resolution(), List.of(), null));
            run(proposer, new ProposalCommand.PublishProposal(id, null, null));
            ids.add(id);
        }
        advance(Duration.ofDays(1));
        return ids;
    }
}
