package org.mandate.bench.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mandate.codec.Codec;
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
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.server.query.Answer;
import org.mandate.server.query.BodyViews;
import org.mandate.server.query.MemberView;
import org.mandate.server.query.PageRequest;
import org.mandate.server.query.ProposalViews;
import org.mandate.server.query.ReadAccess;
import org.mandate.server.query.Reading;
import org.mandate.server.read.ReadModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Page-sized queries against the read model of a federation of 100,000 members in 1,000 assemblies,
 * each assembly with five closed votes in which all its members took part (500,000 ballots): each
 * query is one read call building its JSON and writing it out as text, as the API answers it, at a
 * random place in its collection. Sampled, so the percentiles are read from JMH's histogram. Beside
 * them, the floor: one read call that only returns the position, which is what taking the lock costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
public class QueryBenchmark {
    static final int MEMBERS = 100_000;
    static final int ASSEMBLIES = 1_000;
    static final int VOTES = 5;
    static final int PER = MEMBERS / ASSEMBLIES;

    private final Federation writer = new Federation();
    private ReadModel reads;
    private final ObjectMapper json = new Codec().mapper();
    private final SplittableRandom random = new SplittableRandom(20261125);
    private Instant now = Instant.parse("2026-01-05T08:00:00Z");

    @Setup(Level.Trial)
    public void build() {
        reads = new ReadModel();
        for (int i = 0; i < MEMBERS; i++) {
            run(member(i), new MemberCommand.RegisterMember(member(i)));
        }
        Charter charter = Charter.defaultAssembly();
        for (int a = 0; a < ASSEMBLIES; a++) {
            List<MemberId> cofounders = new ArrayList<>();
            for (int j = 1; j < PER; j++) {
                cofounders.add(member(a * PER + j));
            }
            run(member(a * PER), new BodyCommand.FoundAssembly(assembly(a), "Assembly " + a, charter, cofounders));
            for (MemberId m : cofounders) {
                run(m, new BodyCommand.AcceptFounding(assembly(a)));
            }
        }
        Ballot[] choices = {new Ballot.YesNo(Ballot.Choice.YES), new Ballot.YesNo(Ballot.Choice.NO), new Ballot.YesNo(Ballot.Choice.ABSTAIN)};
        for (int v = 0; v < VOTES; v++) {
            for (int a = 0; a < ASSEMBLIES; a++) {
                run(member(a * PER), new ProposalCommand.SubmitProposal(proposal(a, v), assembly(a), "Vote " + v, "Text", new Motion.Resolution(), List.of(), null));
                run(member(a * PER), new ProposalCommand.PublishProposal(proposal(a, v), null, null));
            }
            advance(Duration.ofDays(3));
            for (int i = 0; i < MEMBERS; i++) {
                run(member(i), new ProposalCommand.CastVote(proposal(i / PER, v), choices[(i + v) % 3]));
            }
            advance(Duration.ofDays(5));
        }
        if (!reads.await(writer.eventCount(), Duration.ofMinutes(5))) {
            throw new IllegalStateException("the read model did not catch up");
        }
    }

    private void run(MemberId actor, Command command) {
        publish(Mandate.execute(writer, command, new Context(actor, now)), command);
    }

    private void advance(Duration d) {
        now = now.plus(d);
        publish(Mandate.execute(writer, new Tick(), Context.system(now)), null);
    }

    private void publish(Outcome o, Command command) {
        if (o instanceof Outcome.Accepted a) {
            reads.publish(a.events());
        } else {
            throw new IllegalStateException(command + " refused: " + o);
        }
    }

    static MemberId member(int i) {
        return new MemberId("m" + i);
    }

    static BodyId assembly(int a) {
        return new BodyId("a" + a);
    }

    static ProposalId proposal(int a, int v) {
        return new ProposalId("p" + a + "-" + v);
    }

    @TearDown(Level.Trial)
    public void close() {
        reads.close();
    }

    private String answer(Function<Reading, Answer> query) {
        Answer a = reads.read((state, indexes) -> query.apply(new Reading(state, indexes, new ReadAccess(true), json)));
        return ((Answer.Found) a).json().toString();
    }

    private static String cursor(String key) {
        return PageRequest.encode(key);
    }

    @Benchmark
    public String members_page_of_50() {
        int a = random.nextInt(ASSEMBLIES);
        PageRequest page = PageRequest.of("50", cursor(member(a * PER + random.nextInt(PER / 2)).value()));
        return answer(r -> BodyViews.members(r, assembly(a), page));
    }

    @Benchmark
    public String bodies_page_of_50() {
        PageRequest page = PageRequest.of("50", cursor(assembly(random.nextInt(ASSEMBLIES)).value()));
        return answer(r -> BodyViews.list(r, null, null, page));
    }

    @Benchmark
    public String proposals_page_newest_first() {
        int a = random.nextInt(ASSEMBLIES);
        return answer(r -> ProposalViews.ofBody(r, assembly(a), PageRequest.of(null, null)));
    }

    @Benchmark
    public String proposal_with_its_tally() {
        ProposalId p = proposal(random.nextInt(ASSEMBLIES), random.nextInt(VOTES));
        return answer(r -> ProposalViews.detail(r, p));
    }

    @Benchmark
    public String ballots_page_of_50() {
        int a = random.nextInt(ASSEMBLIES);
        ProposalId p = proposal(a, random.nextInt(VOTES));
        PageRequest page = PageRequest.of("50", cursor(member(a * PER + random.nextInt(PER / 2)).value()));
        return answer(r -> ProposalViews.ballots(r, p, page));
    }

    @Benchmark
    public String body_with_charter() {
        BodyId b = assembly(random.nextInt(ASSEMBLIES));
        return answer(r -> BodyViews.detail(r, b));
    }

    @Benchmark
    public String member() {
        MemberId m = member(random.nextInt(MEMBERS));
        return answer(r -> MemberView.detail(r, m));
    }

    @Benchmark
    public long floor_read_call() {
        return reads.read(f -> f.eventCount());
    }
}
