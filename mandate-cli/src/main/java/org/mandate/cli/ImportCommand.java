package org.mandate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.proposal.Proposal;
import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.verify.CheckpointMemory;
import org.mandate.record.verify.HistoryVerifier;
import org.mandate.record.verify.ProgressListener;
import org.mandate.record.verify.ReportPrinter;
import org.mandate.record.verify.VerificationReport;
import org.mandate.store.Store;
import org.mandate.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate import}: a verified history file into a new data directory, ready to serve. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a history file (from ./mandate export, or the demo's demo-history.mlog) into a NEW data directory.",
                "The file is verified first, as ./mandate verify does, and every event is decoded and replayed; if anything",
                "fails, or the directory (or --db database) already holds a federation, nothing is changed.",
                "Signing key: with --log-key, the directory gets the exporting log's own private key and the server goes on",
                "signing that log (moving a server). Without it, a new key is made for --origin (which must differ from the",
                "history's), the new log signs the same tree, and the old log's key and checkpoint are kept beside it",
                "(predecessor-log.vkey, predecessor-log.checkpoint) so anyone can check the handover. See",
                "docs/decisions/2026-11-25-import.md. Accounts, and ballots of secret votes still open, are not in a history:",
                "a history with such a vote is refused; members open their accounts again on the new server.",
                "Exit 0 when imported, 2 when the file cannot be imported, 1 when the directory is not new or the store fails."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the history file")
    Path file;

    @Mixin
    StoreOptions store;

    @Option(names = "--log-key", paramLabel = "FILE", description = "the exporting log's private key file (its log-key.private), to continue that log")
    Path logKey;

    @Option(names = "--origin", paramLabel = "ORIGIN", defaultValue = "localhost/mandate",
            description = "without --log-key: the new log's origin, its URL prefix without the scheme (default ${DEFAULT-VALUE})")
    String origin;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "the key the history must be signed by, as its log publishes it (default: the --log-key's public half, "
                    + "else the key remembered for the log, else the file's own)")
    String key;

    @Option(names = "--memory", paramLabel = "DIR", description = "the verifier's remembered checkpoints (default: ~/.mandate/checkpoints)")
    Path memory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = WriterStream.over(spec.commandLine().getOut());
        PrintStream err = WriterStream.over(spec.commandLine().getErr());
        Path dir = store.data;
        if (Files.exists(dir.resolve(LogKeys.PRIVATE_FILE)) || Files.exists(dir.resolve(StoreConfig.SQLITE_FILE))) {
            err.println(dir + " already holds a federation; import only fills a new data directory, and changed nothing there");
            return 1;
        }
        Optional<NoteSigner> continued;
        Optional<NoteVerifier> trusted;
        try {
            continued = logKey == null ? Optional.empty() : Optional.of(NoteSigner.parse(Files.readString(logKey, StandardCharsets.UTF_8)));
            trusted = key != null ? Optional.of(NoteVerifier.parse(key)) : continued.map(NoteSigner::verifier);
        } catch (IOException | RuntimeException e) {
            err.println((key != null ? "--key" : "--log-key " + logKey) + " does not hold a usable key: " + e.getMessage());
            return 2;
        }
        Optional<SignedCheckpoint> checkpoint = verified(trusted, out, err);
        if (checkpoint.isEmpty()) {
            return 2;
        }
        SignedCheckpoint cp = checkpoint.get();
        if (continued.isPresent() && !continued.get().verifier().equals(trusted.get())) {
            err.println("--log-key is not the key of the log --key names; nothing was imported");
            return 2;
        }
        if (continued.isEmpty() && origin.equals(cp.checkpoint().origin())) {
            err.println("the history's log is " + origin + "; a new key needs a new origin (--origin) so that nobody mistakes one log"
                    + " for the other, or give --log-key to continue that log; nothing was imported");
            return 2;
        }
        return new HistoryImport(file, store, cp, continued, origin).run(out, err);
    }

    /** The history's checkpoint when the file verifies and replays into a state a server can carry on from. */
    private Optional<SignedCheckpoint> verified(Optional<NoteVerifier> trusted, PrintStream out, PrintStream err) {
        Path remembered = memory == null ? CheckpointMemory.defaultDirectory() : memory;
        VerificationReport report;
        try {
            report = new HistoryVerifier(remembered, trusted, ProgressListener.NONE).verify(file);
        } catch (RecordException e) {
            err.println("cannot verify " + file + ": " + e.getMessage());
            return Optional.empty();
        }
        if (!report.ok()) {
            ReportPrinter.print(file, report, new CheckpointMemory(remembered), out);
            err.println(file + " does not verify; nothing was imported");
            return Optional.empty();
        }
        Federation state;
        try {
            state = ReplayFromRecord.rebuild(file);
        } catch (IOException | MandateException e) {
            err.println(file + " verifies but does not replay (" + e.getMessage() + "); nothing was imported");
            return Optional.empty();
        }
        List<String> open = state.proposals().stream().filter(Proposal::awaitsSealedBallots).map(p -> p.id().value()).sorted().toList();
        if (!open.isEmpty()) {
            err.println("the history holds secret votes still open (" + String.join(", ", open) + "); their ballots travel beside the"
                    + " record, not in it, so the new server could not count them. Export again after they close, or move the whole"
                    + " data directory or database. Nothing was imported");
            return Optional.empty();
        }
        out.println("verified " + report.events() + " events of " + report.origin() + ", root "
                + Hashes.hex(report.checkpoint().orElseThrow().checkpoint().root()));
        return report.checkpoint();
    }
}
