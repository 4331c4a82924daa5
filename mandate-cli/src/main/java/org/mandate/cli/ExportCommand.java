package org.mandate.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryWriter;
import org.mandate.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate export}: the whole history, as far as the log has signed it, in a file anyone can verify offline. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the federation's signed history, for anyone to verify.",
                "Every event the latest signed checkpoint covers, with that checkpoint",
                "and the log's public key — to standard output or to --out. Verify it with ./mandate verify FILE."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LogKeys keys = LogKeys.load(store.data);
        try (Store s = store.open()) {
            var note = s.checkpoint();
            if (note.isEmpty()) {
                spec.commandLine().getErr().println("the log has signed no checkpoint yet: there is no history to export");
                return 1;
            }
            SignedCheckpoint cp = SignedCheckpoint.parse(note.get());
            try (OutputStream sink = out == null ? new java.io.FileOutputStream(java.io.FileDescriptor.out)
                    : new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
                HistoryWriter.export(sink, keys.verifier(), cp, s::event);
            }
            spec.commandLine().getErr().println("exported " + cp.size() + " events" + (out == null ? "" : " to " + out));
        }
        return 0;
    }
}
