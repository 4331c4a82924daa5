package org.mandate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mandate.core.BodyId;
import org.mandate.core.MandateException;
import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryWriter;
import org.mandate.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate export}: the whole history, or one body's excerpt, as far as the log has signed it, in a file anyone can verify offline. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the federation's signed history, or one body's excerpt of it, for anyone to verify.",
                "Without --body: every event the latest signed checkpoint covers, with that checkpoint and the log's public key",
                "(a history file, which ./mandate import reads). With --body ID: only the events that concern that body",
                "(see docs/record-format.md), each with its inclusion proof against the latest checkpoint (an excerpt).",
                "To standard output or to --out. Verify either with ./mandate verify FILE --key VKEY.",
                "Exit 0 when written, 1 when there is nothing to export or the store cannot be read."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path out;

    @Option(names = "--body", paramLabel = "ID", description = "export only this body's events, each with its inclusion proof")
    String body;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LogKeys keys;
        try {
            keys = LogKeys.load(store.data);
        } catch (RecordException e) {
            err.println(e.getMessage());
            return 1;
        }
        try (Store s = store.open()) {
            var note = s.checkpoint();
            if (note.isEmpty()) {
                err.println("the log has signed no checkpoint yet: there is no history to export");
                return 1;
            }
            SignedCheckpoint cp = SignedCheckpoint.parse(note.get());
            try (OutputStream sink = out == null ? new java.io.FileOutputStream(java.io.FileDescriptor.out)
                    : new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
                if (body == null) {
                    HistoryWriter.export(sink, keys.verifier(), cp, s::event);
                    err.println("exported " + cp.size() + " events" + (out == null ? "" : " to " + out));
                    return 0;
                }
                var written = BodyExport.write(s, keys.verifier(), cp, new BodyId(body), sink);
                if (written.isEmpty()) {
                    err.println("the record up to its latest checkpoint (" + cp.size() + " events) never mentions a body " + body
                            + "; nothing was exported");
                    deleteOut();
                    return 1;
                }
                err.println("exported the " + written.get().size() + " events of " + body + " among " + cp.size() + ", each with its proof"
                        + (out == null ? "" : ", to " + out));
                return 0;
            } catch (MandateException | RecordException e) {
                err.println("cannot export: " + e.getMessage());
                deleteOut();
                return 1;
            }
        }
    }

    private void deleteOut() throws IOException {
        if (out != null) {
            Files.deleteIfExists(out);
        }
    }
}
