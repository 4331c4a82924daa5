package org.mandate.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.verify.CheckpointMemory;
import org.mandate.record.verify.HistoryVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate verify FILE}: check an exported history offline, event by event. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verifies an exported history file offline.",
                "Recomputes every leaf and the Merkle tree, checks the",
                "checkpoint's signature, and checks consistency with the last checkpoint this verifier saw for the log's origin.",
                "Reports the first bad event by index. Exit 0 only when everything holds, 1 otherwise."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the history file (from ./mandate export or replay --export)")
    Path file;

    @Option(names = "--memory", paramLabel = "DIR",
            description = "where the last checkpoint seen for each origin is remembered (default: ~/.mandate/checkpoints)")
    Path memory;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "the log's public key as published (name+id+key); without it the key in the file is used, and only a remembered checkpoint protects against a substituted log")
    String key;

    @Option(names = "--replay", description = "also decode every event and rebuild the federation's state from the record")
    boolean replay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        Optional<NoteVerifier> trusted;
        try {
            trusted = key == null ? Optional.empty() : Optional.of(NoteVerifier.parse(key));
        } catch (RuntimeException e) {
            err.println("--key is not a verifier key: " + e.getMessage());
            return 2;
        }
        int code = HistoryVerifier.run(file, memory == null ? CheckpointMemory.defaultDirectory() : memory, trusted, out, err);
        if (code == 0 && replay) {
            code = ReplayFromRecord.check(file, out, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Lets the record's PrintStream reports go to picocli's writers, so tests can capture them. */
    private static final class WriterStream extends java.io.OutputStream {
        private final java.io.PrintWriter writer;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterStream(java.io.PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            writer.write(line.toString(StandardCharsets.UTF_8));
            writer.flush();
            line.reset();
        }
    }
}
