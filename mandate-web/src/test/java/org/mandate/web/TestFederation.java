package org.mandate.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.office.Permission;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.vote.Ballot;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.Server;
import org.mandate.server.account.Accounts;
import org.mandate.store.Store;

/**
 * A real server on SQLite in a temporary directory, with the pages, and a small federation built by the
 * core's own commands: the Northside bakery (ana, ben, cy) with a resolution, a ranked choice and an
 * election open for voting, and dee, registered but in no assembly. Each has an account with {@link #PASSWORD}.
 */
public final class TestFederation implements AutoCloseable {
    public static final String PASSWORD = "a long enough passphrase";
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final BodyId BAKERY = new BodyId("bakery");
    static final ProposalId RESOLUTION = new ProposalId("bakery.res.1");
    static final ProposalId CHOICE = new ProposalId("bakery.choice.1");
    static final ProposalId ELECTION = new ProposalId("bakery.secretary.1");
    static final List<String> OPTIONS = List.of("park", "hall", "canteen");

    final MovableClock clock;
    final Server server;
    private final Accounts accounts;

    private TestFederation(Path dir, Instant start) {
        clock = new MovableClock(start);
        LogKeys.generate(dir, "localhost/mandate-test");
        Store store = Store.sqlite(dir);
        accounts = new Accounts(store.directory());
        server = Server.start(store, dir, clock, "127.0.0.1", 0, List.of(Web.routes()));
    }

    /** The bakery federation described above. */
    static TestFederation bakery(Path dir) {
        TestFederation f = new TestFederation(dir, START);
        f.buildBakery();
        return f;
    }

    static final ProposalId EXAMPLE_CHOICE = new ProposalId("bakery-rota");
    static final ProposalId EXAMPLE_REFERENDUM = new ProposalId("hours-referendum.vote");

    /**
     * The federation of docs/examples/federation.jsonl run to its end (the bakery's delegate's refused vote left
     * out), its assemblies recalling at once as in {@link CouncilBrowserTest#instantRecall}; then a referendum
     * on the council voted and counted, a choice open in the bakery, and a recall petition against ana with one
     * of its two signatures.
     */
    static TestFederation example(Path dir) throws java.io.IOException {
        TestFederation fed = script(dir, Path.of("../docs/examples/federation.jsonl"), "no line contains this",
                c -> c instanceof org.mandate.core.council.CouncilCommand.CastSeatVote v && v.ballot() instanceof Ballot.YesNo y
                        && y.choice() == Ballot.Choice.NO ? null : CouncilBrowserTest.instantRecall(c));
        fed.run("fay", new PetitionCommand.OpenPetition("hours-referendum", PetitionKind.REFERENDUM, new BodyId("fed"),
                "A 32-hour week across the trade?", "From next year, for the same pay.", null, null, null));
        fed.awaitState(s -> s.proposal(EXAMPLE_REFERENDUM) != null);
        for (String m : List.of("ana", "ben", "dee", "fay")) {
            fed.run(m, new ProposalCommand.CastVote(EXAMPLE_REFERENDUM, new Ballot.YesNo(m.equals("ben") ? Ballot.Choice.NO : Ballot.Choice.YES)));
        }
        fed.close(EXAMPLE_REFERENDUM);
        fed.propose("ana", EXAMPLE_CHOICE, new BodyId("bakery"), "Which rota from June?", new Motion.Choice(), List.of("early", "late", "split"));
        fed.run("chi", new PetitionCommand.OpenPetition("recall-ana", PetitionKind.RECALL, new BodyId("bakery"), null,
                "Ana has not reported back since March.", new MemberId("ana"), new BodyId("fed"), null));
        return fed;
    }

    /**
     * The co-operative market of docs/examples/credit.jsonl: the bakery (ana, treasurer; ben), the mill (chi,
     * treasurer; dee) and the dairy (eve, treasurer) in the council market, which runs mutual credit in hours
     * with a limit rule. The example's apply-clearing line is left out: when the clock reaches the clearing's
     * time the server applies it on its own tick, as it would for any federation. After it, dairy-004 awaits
     * the bakery's answer.
     */
    public static TestFederation credit(Path dir) throws java.io.IOException {
        TestFederation f = script(dir, Path.of("../docs/examples/credit.jsonl"), "no line contains this",
                c -> c instanceof org.mandate.core.credit.CreditCommand.ApplyClearing ? null : c);
        f.awaitState(s -> s.credit().invoice("dairy-004") != null);
        return f;
    }

    /** A server with an empty federation, its clock at {@link #START}. */
    static TestFederation empty(Path dir) {
        return new TestFederation(dir, START);
    }

    /**
     * A federation built from a script of docs/examples (one JSON command per line), run through the server
     * with its clock set to each line's time, up to (not including) the first line containing {@code stopAt}.
     * Each member who acts gets an account with {@link #PASSWORD}.
     */
    static TestFederation script(Path dir, Path script, String stopAt) throws java.io.IOException {
        return script(dir, script, stopAt, UnaryOperator.identity());
    }

    /**
     * As {@link #script(Path, Path, String)}, each command first passed through {@code edit} (to change a charter,
     * say); a command that {@code edit} turns into null is left out.
     */
    static TestFederation script(Path dir, Path script, String stopAt, UnaryOperator<Command> edit) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(script).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        org.mandate.codec.Codec codec = new org.mandate.codec.Codec();
        TestFederation f = new TestFederation(dir, Instant.parse(codec.mapper().readTree(lines.get(0)).get("at").asText()));
        for (String line : lines) {
            if (line.contains(stopAt)) {
                break;
            }
            com.fasterxml.jackson.databind.JsonNode node = codec.mapper().readTree(line);
            Instant at = Instant.parse(node.get("at").asText());
            if (at.isAfter(f.clock.instant())) {
                f.clock.advance(Duration.between(f.clock.instant(), at));
            }
            Command command = edit.apply(codec.readCommand(node.get("command").toString()));
            if (command == null) {
                continue;
            }
            if (node.hasNonNull("by")) {
                String by = node.get("by").asText();
                if (command instanceof MemberCommand.RegisterMember) {
                    f.accounts.register(new MemberId(by), "Member " + by, "", PASSWORD, at);
                }
                f.run(by, command);
            } else {
                f.submit(null, command);
            }
        }
        return f;
    }

    /**
     * The charter with no deliberation and two days of voting for every kind of decision, so a test's votes
     * open at once, and its record open to the public, so a visitor reads the pages (a closed record sends
     * visitors to log in: VisitorsTest).
     */
    static Charter quick(Charter charter) {
        return quick(charter, true);
    }

    static Charter quick(Charter charter, boolean publicRecord) {
        for (DecisionKind kind : DecisionKind.values()) {
            charter = charter.withRule(kind, charter.rule(kind).withWindows(Duration.ZERO, Duration.ofDays(2)));
        }
        return new Charter(charter.rules(), charter.admission(), charter.weighting(), charter.annulmentWindow(), publicRecord,
                charter.delegation(), charter.council());
    }

    /** Opens an account for each and registers them in the record, each by their own act. */
    public void members(String... ids) {
        for (String m : ids) {
            accounts.register(new MemberId(m), "Member " + m, "", PASSWORD, clock.instant());
            run(m, new MemberCommand.RegisterMember(new MemberId(m)));
        }
    }

    /** The founder founds the assembly and each co-founder accepts. */
    void assembly(BodyId body, String name, Charter charter, String founder, String... cofounders) {
        run(founder, new BodyCommand.FoundAssembly(body, name, charter, java.util.Arrays.stream(cofounders).map(MemberId::new).toList()));
        for (String m : cofounders) {
            run(m, new BodyCommand.AcceptFounding(body));
        }
    }

    /** Submits and publishes a proposal by {@code proposer}. */
    void propose(String proposer, ProposalId id, BodyId body, String title, Motion motion, List<String> options) {
        run(proposer, new ProposalCommand.SubmitProposal(id, body, title, "", motion, options, null));
        run(proposer, new ProposalCommand.PublishProposal(id, null, null));
    }

    /** Moves the clock past the proposal's close and waits until the server's tick has closed and counted it. */
    public void close(ProposalId id) {
        Instant closes = server.engine().reads().read(s -> s.proposal(id).closesAt());
        if (closes.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), closes).plusSeconds(1));
        }
        awaitState(s -> s.proposal(id).phase() == Phase.CLOSED);
    }

    private void buildBakery() {
        members("ana", "ben", "cy", "dee");
        assembly(BAKERY, "Northside Bakery Workers' Section", quick(Charter.defaultAssembly()), "ana", "ben", "cy");
        run("ana", new ProposalCommand.SubmitProposal(RESOLUTION, BAKERY, "Bake for the school breakfast club",
                "Two trays a day for the school's breakfast club.", new Motion.Resolution(), List.of(), null));
        run("ana", new ProposalCommand.PublishProposal(RESOLUTION, null, null));
        run("ben", new ProposalCommand.SubmitProposal(CHOICE, BAKERY, "Where should we hold the summer assembly?",
                "Rank the options; the Schulze method picks the winner.", new Motion.Choice(), OPTIONS, null));
        run("ben", new ProposalCommand.PublishProposal(CHOICE, null, null));
        run("ana", new ProposalCommand.SubmitProposal(ELECTION, BAKERY, "Elect our secretary", "",
                new Motion.ElectOffice("secretary", List.of(Permission.SCHEDULE_MEETING), 1), List.of(), null));
        run("ana", new ProposalCommand.StandForElection(ELECTION));
        run("ben", new ProposalCommand.StandForElection(ELECTION));
        run("ana", new ProposalCommand.PublishProposal(ELECTION, null, null));
        awaitState(s -> s.proposal(ELECTION) != null && s.proposal(ELECTION).phase() == Phase.VOTING
                && s.proposal(RESOLUTION).phase() == Phase.VOTING && s.proposal(CHOICE).phase() == Phase.VOTING);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public void run(String actor, Command command) {
        submit(new MemberId(actor), command);
    }

    /** Submits a command as the server does, with no member as its author (the plan's rounds, a clearing). */
    public void system(Command command) {
        submit(null, command);
    }

    /** Waits until the readers have folded every event the writer has made durable, so a query sees all that was done. */
    public void caughtUp() {
        if (!server.engine().reads().await(server.engine().size(), Duration.ofSeconds(30))) {
            throw new IllegalStateException("the readers did not catch up with the writer in time");
        }
    }

    /** Moves the server's clock forward; its tick then does what falls due. */
    public void advance(Duration d) {
        clock.advance(d);
    }

    public Instant now() {
        return clock.instant();
    }

    private void submit(MemberId actor, Command command) {
        Outcome o;
        try {
            o = server.engine().writer().submit(command, actor).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (o instanceof Outcome.Refused r) {
            throw new IllegalStateException(command + " was refused: " + r.rejection().message());
        }
    }

    /** Waits (up to ten seconds) until the readers' state satisfies the condition; the server's clock ticks every second. */
    public void awaitState(Predicate<Federation> condition) {
        awaitState(condition, Duration.ofSeconds(10));
    }

    /** As {@link #awaitState(Predicate)}, waiting up to {@code wait}: a plan's stretch folds many rounds on a busy machine. */
    public void awaitState(Predicate<Federation> condition, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!server.engine().reads().read(condition::test)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the federation did not reach the expected state in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public boolean holds(Predicate<Federation> condition) {
        return server.engine().reads().read(condition::test);
    }

    /** A query of the readers' state, as the pages read it. */
    public <T> T read(java.util.function.Function<Federation, T> query) {
        return server.engine().reads().read(query);
    }

    org.mandate.core.vote.Ballot ballot(ProposalId proposal, String voter) {
        return server.engine().reads().read(s -> s.proposal(proposal).openBallots().get(voter));
    }

    @Override
    public void close() {
        server.close();
    }

    /** The server's clock, which a test moves forward to close a vote. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
