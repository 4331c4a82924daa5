package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.cli.demo.DemoFederation;
import org.mandate.codec.Codec;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mandate demo}: the demo federation, generated deterministically. Until the server exists it
 * builds the federation in memory, writes its record as a signed history and its script, and says
 * how to look at them; the server issue turns this into a running server with pages.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates the demo federation and records it as a signed history.",
                "A regional confederation with local and trade federations, about 40 assemblies, 2,000 members and months",
                "of history. Writes its script and its signed history into the data directory and prints what it holds.",
                "Serving it in a browser is the next piece of work."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mandate-data", description = "the data directory (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--seed", defaultValue = "2026", description = "the seed of the generated federation (default ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DemoFederation.Demo demo = DemoFederation.build(seed);
        Codec codec = new Codec();
        Federation state = new Federation();
        List<byte[]> recorded = new ArrayList<>();
        int refused = 0;
        for (DemoFederation.Step step : demo.steps()) {
            Outcome o = Mandate.execute(state, step.command(), step.context());
            if (o instanceof Outcome.Accepted a) {
                a.events().forEach(e -> recorded.add(codec.recordBytes(e)));
            } else {
                refused++;
            }
        }
        Path history = data.resolve("demo-history.mlog");
        Path script = data.resolve("demo.jsonl");
        RecordedHistory.export(recorded, data, "localhost/mandate-demo", history);
        DemoFederation.writeScript(script, seed);
        out.printf("Demo federation: %d members, %d bodies, %d proposals, %d events (%d %s refused on purpose, "
                + "such as a delegate's vote against the mandate).%n", state.memberCount(), state.bodies().size(),
                state.proposals().size(), state.eventCount(), refused, refused == 1 ? "command" : "commands");
        out.println("Demo members (log in as them once the server exists):");
        for (Map.Entry<String, MemberId> e : demo.logins().entrySet()) {
            out.printf("  %-10s %s (%s)%n", e.getValue(), demo.directory().get(e.getValue()), e.getKey());
        }
        out.println("Its record:  ./mandate verify " + history + " --replay");
        out.println("Its script:  ./mandate replay " + script);
        out.println("The web server and its pages are the next piece of work (see the README).");
        out.flush();
        return 0;
    }
}
