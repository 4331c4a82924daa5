package org.mandate.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Writer;

/**
 * The federation the votes go to, built through the server's own writer with the core's commands:
 * {@code members} members register, found {@code assemblies} assemblies and join them, and each assembly
 * publishes enough ordinary proposals for every vote of the run to be a new one (a member votes once on
 * each). Voting opens on publication (the charter gives no deliberation time) and stays open 30 days.
 * Every member has an API token, as a member's script would.
 *
 * <p>Vote {@code i} is member {@code i mod members} voting on their assembly's proposal {@code i / members}:
 * consecutive votes come from different members, spread over every assembly.
 */
final class VoteFederation {
    private final int members;
    private final int perAssembly;
    private final int proposalsPerAssembly;
    private final String[] tokens;

    private VoteFederation(int members, int perAssembly, int proposalsPerAssembly, String[] tokens) {
        this.members = members;
        this.perAssembly = perAssembly;
        this.proposalsPerAssembly = proposalsPerAssembly;
        this.tokens = tokens;
    }

    /** Builds it, with room for at least {@code votes} votes. */
    static VoteFederation build(Writer writer, Accounts accounts, int members, int assemblies, long votes) {
        if (members % assemblies != 0) {
            throw new IllegalArgumentException("--members must be a multiple of --assemblies");
        }
        int per = members / assemblies;
        int proposals = (int) Math.max(1, (votes + members - 1) / members);
        List<Sub> subs = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            subs.add(new Sub(member(i), new MemberCommand.RegisterMember(member(i))));
        }
        apply(writer, subs);
        Charter charter = charter();
        for (int a = 0; a < assemblies; a++) {
            List<MemberId> cofounders = new ArrayList<>();
            for (int j = 1; j < per; j++) {
                cofounders.add(member(a * per + j));
            }
            subs.add(new Sub(member(a * per), new BodyCommand.FoundAssembly(assembly(a), "Assembly " + a, charter, cofounders)));
        }
        apply(writer, subs);
        for (int i = 0; i < members; i++) {
            if (i % per != 0) {
                subs.add(new Sub(member(i), new BodyCommand.AcceptFounding(assembly(i / per))));
            }
        }
        apply(writer, subs);
        for (int k = 0; k < proposals; k++) {
            for (int a = 0; a < assemblies; a++) {
                ProposalId id = proposal(a, k);
                MemberId proposer = member(a * per + k % per);
                subs.add(new Sub(proposer, new ProposalCommand.SubmitProposal(id, assembly(a), "Question " + k,
                        "Resolved that question " + k + " of assembly " + a + " be decided.", new Motion.Resolution(), List.of(), null)));
                subs.add(new Sub(proposer, new ProposalCommand.PublishProposal(id, null, null)));
            }
            if (subs.size() >= 20_000) {
                apply(writer, subs);
            }
        }
        apply(writer, subs);
        String[] tokens = new String[members];
        Instant now = Instant.now();
        for (int i = 0; i < members; i++) {
            tokens[i] = accounts.createApiToken(member(i), "load generator", now).token();
        }
        return new VoteFederation(members, per, proposals, tokens);
    }

    /** How many distinct votes there are room for. */
    long capacity() {
        return (long) members * proposalsPerAssembly;
    }

    /** The HTTP request of vote {@code i}: a cast-vote command with the voter's token. */
    byte[] vote(long i, String host) {
        int m = (int) (i % members);
        long k = i / members;
        String choice = switch ((int) (i % 3)) {
            case 0 -> "yes";
            case 1 -> "no";
            default -> "abstain";
        };
        String body = "{\"type\":\"cast-vote\",\"proposal\":\"" + proposal(m / perAssembly, k).value()
                + "\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"" + choice + "\"}}";
        return Http.post("/api/v1/commands", host, tokens[m], body.getBytes(StandardCharsets.UTF_8));
    }

    private record Sub(MemberId actor, Command command) {}

    /** Submits all at once (the writer batches them), waits for all, and stops on any refusal. */
    private static void apply(Writer writer, List<Sub> subs) {
        List<CompletableFuture<Outcome>> done = new ArrayList<>(subs.size());
        for (Sub s : subs) {
            done.add(writer.submit(s.command(), s.actor()));
        }
        for (int i = 0; i < subs.size(); i++) {
            if (done.get(i).join() instanceof Outcome.Refused r) {
                throw new IllegalStateException(subs.get(i) + " refused: " + r.rejection().message());
            }
        }
        subs.clear();
    }

    private static Charter charter() {
        Charter d = Charter.defaultAssembly();
        EnumMap<DecisionKind, DecisionRule> rules = new EnumMap<>(d.rules());
        rules.put(DecisionKind.ORDINARY, d.rule(DecisionKind.ORDINARY).withWindows(Duration.ZERO, Duration.ofDays(30)));
        return new Charter(rules, d.admission(), d.weighting(), d.annulmentWindow(), d.publicRecord());
    }

    private static MemberId member(int i) {
        return new MemberId("m" + i);
    }

    private static BodyId assembly(int a) {
        return new BodyId("a" + a);
    }

    private static ProposalId proposal(int assembly, long k) {
        return new ProposalId("q" + assembly + "-" + k);
    }
}
