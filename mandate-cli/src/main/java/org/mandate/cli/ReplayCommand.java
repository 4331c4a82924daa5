package org.mandate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mandate.codec.Codec;
import org.mandate.codec.CodecException;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate replay SCRIPT.jsonl}: apply a script of commands to a fresh federation in memory. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Applies a script of commands to a fresh federation held in memory.",
                "Each line is one JSON object (at, by, command); it prints one JSON line per command: the events it produced, or the rule that refused it.",
                "Exit 0 when the script ran to its end, whatever was refused; 2 on a line that is not valid JSON or not a known command."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "the script, one JSON command per line (blank lines and lines starting with # are skipped); - for standard input")
    String script;

    @picocli.CommandLine.Option(names = "--export", paramLabel = "FILE",
            description = "also write the accepted events as a signed, verifiable history file (see docs/record-format.md)")
    Path export;

    @picocli.CommandLine.Option(names = "--data", paramLabel = "DIR", defaultValue = "mandate-data",
            description = "with --export: the data directory holding the log's signing key (made on first use; default ${DEFAULT-VALUE})")
    Path data;

    @picocli.CommandLine.Option(names = "--origin", paramLabel = "ORIGIN", defaultValue = "localhost/mandate",
            description = "with --export: the log's origin, its URL prefix without the scheme, when a new key is made (default ${DEFAULT-VALUE})")
    String origin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Codec codec = new Codec();
        Federation state = new Federation();
        java.util.List<byte[]> recorded = new java.util.ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (BufferedReader in = "-".equals(script)
                ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                ScriptLine parsed;
                try {
                    parsed = ScriptLine.parse(codec, line);
                } catch (CodecException e) {
                    out.flush();
                    err.println(script + ":" + number + ": " + e.getMessage());
                    err.flush();
                    return 2;
                }
                Outcome outcome = Mandate.execute(state, parsed.command(), parsed.context());
                out.println(codec.mapper().writeValueAsString(report(codec, number, outcome)));
                if (export != null && outcome instanceof Outcome.Accepted a) {
                    a.events().forEach(e -> recorded.add(codec.recordBytes(e)));
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("no such script: " + script);
            return 2;
        } catch (IOException e) {
            out.flush();
            err.println("cannot read script " + script + ": " + e.getMessage());
            return 2;
        }
        out.flush();
        if (export != null) {
            try {
                RecordedHistory.export(recorded, data, origin, export);
            } catch (org.mandate.record.RecordException | IOException e) {
                err.println("cannot export the history to " + export + ": " + e.getMessage());
                return 1;
            }
            err.println("exported " + recorded.size() + " events to " + export);
        }
        return 0;
    }

    static ObjectNode report(Codec codec, int line, Outcome outcome) {
        ObjectNode node = codec.mapper().createObjectNode();
        node.put("line", line);
        switch (outcome) {
            case Outcome.Accepted a -> {
                node.put("accepted", true);
                ArrayNode events = node.putArray("events");
                for (Event e : a.events()) {
                    events.add(codec.eventNode(e));
                }
            }
            case Outcome.Refused r -> {
                node.put("accepted", false);
                node.set("refused", codec.rejection(r.rejection()));
            }
        }
        return node;
    }
}
