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
final class TestFederation implements AutoCloseable {
    static final String PASSWORD = "a long enough passphrase";
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

    /**
     * A federation built from a script of docs/examples (one JSON command per line), run through the server
     * with its clock set to each line's time, up to (not including) the first line containing {@code stopAt}.
     * Each member who acts gets an account with {@link #PASSWORD}.
     */
    static TestFederation script(Path dir, Path script, String stopAt) throws java.io.IOException {
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
            Command command = codec.readCommand(node.get("command").toString());
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

    private void buildBakery() {
        for (String m : List.of("ana", "ben", "cy", "dee")) {
            accounts.register(new MemberId(m), "Member " + m, "", PASSWORD, START);
            run(m, new MemberCommand.RegisterMember(new MemberId(m)));
        }
        Charter charter = Charter.defaultAssembly();
        for (DecisionKind kind : DecisionKind.values()) {
            charter = charter.withRule(kind, charter.rule(kind).withWindows(Duration.ZERO, Duration.ofDays(2)));
        }
        run("ana", new BodyCommand.FoundAssembly(BAKERY, "Northside Bakery Workers' Section", charter,
                List.of(new MemberId("ben"), new MemberId("cy"))));
        run("ben", new BodyCommand.AcceptFounding(BAKERY));
        run("cy", new BodyCommand.AcceptFounding(BAKERY));
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

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    void run(String actor, Command command) {
        submit(new MemberId(actor), command);
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
    void awaitState(Predicate<Federation> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
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

    boolean holds(Predicate<Federation> condition) {
        return server.engine().reads().read(condition::test);
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
