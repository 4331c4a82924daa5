package org.mandate.bench.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.member.MemberCommand;

/**
 * The shape of the generated federation and the names in it. {@code members} people in {@code assemblies}
 * assemblies: assembly {@code a0} has {@code large} members, the others share the rest evenly; the assemblies
 * form {@code councils} territorial councils of equal size ({@code r0}, {@code r1}…), whose votes are cast by
 * delegates. Member {@code i} is {@code m<i>}. Every charter asks a quorum of a twentieth and opens its votes at
 * once for two days, so the generator needs few ballots for the federation's own decisions; the ordinary
 * proposals get many (see {@link Growth}).
 */
final class PageFederation {
    static final Fraction QUORUM = Fraction.of(1, 20);
    static final Duration WINDOW = Duration.ofDays(2);

    final int members;
    final int assemblies;
    final int large;
    final int councils;
    private final int per;
    private final int extra;

    PageFederation(int members, int assemblies, int large, int councils) {
        if (assemblies < 2 || assemblies % councils != 0 || members - large < assemblies - 1) {
            throw new IllegalArgumentException("need assemblies >= 2, a multiple of councils, and enough members for each");
        }
        this.members = members;
        this.assemblies = assemblies;
        this.large = large;
        this.councils = councils;
        this.per = (members - large) / (assemblies - 1);
        this.extra = (members - large) % (assemblies - 1);
    }

    /** The first member of assembly {@code a}; its members are consecutive. */
    int first(int a) {
        return a == 0 ? 0 : large + (a - 1) * per + Math.min(a - 1, extra);
    }

    int size(int a) {
        return a == 0 ? large : per + (a - 1 < extra ? 1 : 0);
    }

    /** The assembly member {@code i} belongs to. */
    int assemblyOf(int i) {
        if (i < large) {
            return 0;
        }
        int j = i - large;
        int bigger = extra * (per + 1);
        return j < bigger ? 1 + j / (per + 1) : 1 + extra + (j - bigger) / per;
    }

    /** Votes enough to meet the quorum of a twentieth, and a few more. */
    int quorum(int a) {
        return Math.min(size(a), size(a) / 20 + 3);
    }

    int council(int a) {
        return a / (assemblies / councils);
    }

    /** The assembly that founds council {@code r}. */
    int lead(int r) {
        return r * (assemblies / councils);
    }

    static MemberId member(int i) {
        return new MemberId("m" + i);
    }

    static BodyId assembly(int a) {
        return new BodyId("a" + a);
    }

    static BodyId council(String r) {
        return new BodyId(r);
    }

    static BodyId councilOf(int r) {
        return new BodyId("r" + r);
    }

    static ProposalId proposal(int a, String what) {
        return new ProposalId("a" + a + "-" + what);
    }

    static ProposalId item(int r, int n) {
        return new ProposalId("r" + r + "-item" + n);
    }

    /** The default assembly charter, quick (see the class comment). */
    static Charter assemblyCharter() {
        return quick(Charter.defaultAssembly());
    }

    /** The default council charter, quick, voting by delegates in one seat per member body. */
    static Charter councilCharter() {
        CouncilRules d = CouncilRules.defaults();
        return quick(Charter.defaultCouncil()).withCouncil(new CouncilRules(CouncilRules.VotingBy.DELEGATES, Apportionment.Rule.onePerBody(),
                d.unansweredReferral(), d.congressBodies(), d.referendumBodies(), d.referendumMembers(), d.referendumWeighting()));
    }

    private static Charter quick(Charter c) {
        for (DecisionKind kind : DecisionKind.values()) {
            c = c.withRule(kind, c.rule(kind).withQuorum(QUORUM).withWindows(Duration.ZERO, WINDOW));
        }
        return c;
    }

    /** Registers everyone and founds every assembly, each co-founder accepting by their own act. */
    void people(Feeder f) {
        for (int i = 0; i < members; i++) {
            f.run(member(i), new MemberCommand.RegisterMember(member(i)));
        }
        for (int a = 0; a < assemblies; a++) {
            List<MemberId> cofounders = new ArrayList<>(size(a) - 1);
            for (int j = 1; j < size(a); j++) {
                cofounders.add(member(first(a) + j));
            }
            f.run(member(first(a)), new BodyCommand.FoundAssembly(assembly(a), "Assembly " + a, assemblyCharter(), cofounders));
            for (MemberId m : cofounders) {
                f.run(m, new BodyCommand.AcceptFounding(assembly(a)));
            }
        }
        f.drain();
    }

    /** A seeded random choice for the generator's ballots. */
    static SplittableRandom random() {
        return new SplittableRandom(20261125);
    }
}
