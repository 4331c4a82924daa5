package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.proposal.Proposal;

/** Histories and data directories built through the CLI itself: replay --export, then import. */
final class RecordFixtures {
    static final String ORIGIN = "test.example/mandate";

    private RecordFixtures() {}

    static Path federationExample() {
        Path p = Path.of("../docs/examples/federation.jsonl");
        return Files.exists(p) ? p : Path.of("docs/examples/federation.jsonl");
    }

    /** docs/examples/credit.jsonl: three co-operatives' mutual credit, a clearing applied, two accepted invoices left in a cycle. */
    static Path creditExample() {
        Path p = Path.of("../docs/examples/credit.jsonl");
        return Files.exists(p) ? p : Path.of("docs/examples/credit.jsonl");
    }

    /** The federation example's history, signed by a key in {@code dir/exporter}. */
    static Path history(Path dir) {
        return history(dir, federationExample());
    }

    /** A script's history, signed by a key in {@code dir/exporter}. */
    static Path history(Path dir, Path script) {
        Path file = dir.resolve("history.mlog");
        ReplayCommandTest.Run run = ReplayCommandTest.run("replay", script.toString(), "--export", file.toString(),
                "--data", dir.resolve("exporter").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return file;
    }

    /** A data directory {@code dir/data} imported from {@link #history}, under a new key for {@link #ORIGIN}. */
    static Path imported(Path dir) {
        return imported(dir, federationExample());
    }

    /** A data directory {@code dir/data} imported from a script's history, under a new key for {@link #ORIGIN}. */
    static Path imported(Path dir, Path script) {
        Path data = dir.resolve("data");
        ReplayCommandTest.Run run = ReplayCommandTest.run("import", history(dir, script).toString(), "--data", data.toString(),
                "--origin", ORIGIN, "--memory", dir.resolve("mem").toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return data;
    }

    static String vkey(Path data) throws java.io.IOException {
        return Files.readString(data.resolve("log-key.vkey")).trim();
    }

    /** What a state holds, for comparing a rebuilt federation with another. */
    static Map<String, String> summary(Federation f) {
        Map<String, String> out = new TreeMap<>();
        out.put("clock", f.clock().toString());
        out.put("events", Long.toString(f.eventCount()));
        out.put("members", Integer.toString(f.memberCount()));
        for (Body b : f.bodies()) {
            out.put("body " + b.id(), new TreeMap<>(b.members()).keySet() + " " + b.charter() + " " + b.councils().keySet());
        }
        for (Proposal p : f.proposals()) {
            out.put("proposal " + p.id(), p.phase() + " " + p.text() + " " + p.result() + " " + new TreeMap<>(p.openBallots()));
        }
        return out;
    }
}
