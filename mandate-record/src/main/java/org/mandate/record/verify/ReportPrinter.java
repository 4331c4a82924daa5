package org.mandate.record.verify;

import java.io.PrintStream;
import java.nio.file.Path;

import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.merkle.Hashes;

/** The human form of a report, as the command line prints it. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    public static void print(Path file, VerificationReport report, CheckpointMemory memory, PrintStream out) {
        out.println("History " + file);
        report.checkpoint().ifPresent(cp -> {
            Checkpoint c = cp.checkpoint();
            out.println("  log " + c.origin() + ", checkpoint of " + c.size() + " events, root " + Hashes.hex(c.root()));
        });
        report.remembered().ifPresent(r -> out.println("  previously seen: checkpoint of " + r.size() + " events"));
        if (report.ok()) {
            out.println("OK: all " + report.events() + " events hash to the signed tree and the signature verifies"
                    + report.remembered().map(r -> "; it extends the checkpoint seen before").orElse("; first time this log is seen here")
                    + ".");
            if (report.memoryUpdated()) {
                out.println("  remembered in " + memory.fileFor(report.origin()));
            }
            return;
        }
        out.println("FAILED: " + report.findings().size() + (report.findings().size() == 1 ? " finding" : " findings"));
        report.findings().forEach(f -> out.println("  " + f));
        out.println("  the remembered checkpoint was left unchanged");
    }
}
