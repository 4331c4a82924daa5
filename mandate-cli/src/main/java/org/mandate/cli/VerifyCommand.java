package org.mandate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.excerpt.ExcerptReport;
import org.mandate.record.excerpt.ExcerptVerifier;
import org.mandate.record.excerpt.ExcerptWriter;
import org.mandate.record.history.HistoryFormat;
import org.mandate.record.verify.CheckpointMemory;
import org.mandate.record.verify.HistoryVerifier;
import org.mandate.record.verify.ProgressListener;
import org.mandate.record.verify.ReportPrinter;
import org.mandate.record.verify.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate verify}: check a history or excerpt file, a data directory, or a running server's record. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verifies the record: a file offline, a server's data directory offline, or a running server.",
                "FILE: a history (./mandate export) is checked event by event: every leaf, the Merkle tree, the checkpoint's",
                "  signature, and consistency with the last checkpoint this verifier saw for the log's origin. An excerpt",
                "  (./mandate export --body) is checked line by line: every event's inclusion proof against its checkpoint, and",
                "  the signature. The kind is read from the file's first line. Problems are named by event index or FILE:LINE.",
                "--data DIR: the events in a data directory's store against its latest signed checkpoint and the directory's",
                "  public key (or --key), without starting a server.",
                "--url URL: fetches the checkpoint and every tile and entry bundle from a server's /record/, rebuilds the tree",
                "  and checks it against the signed checkpoint. A key fetched from the server it vouches for proves nothing,",
                "  so --url needs the log's key as the federation publishes it: --key VKEY or --key-file FILE. A record for",
                "  members only needs a member's API token (--token).",
                "Exit 0 when everything holds, 2 when something does not verify, 1 when it could not be checked at all."})
final class VerifyCommand implements Callable<Integer> {
    static final int HOLDS = 0;
    static final int CANNOT_CHECK = 1;
    static final int FAILS = 2;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "a history or excerpt file (from ./mandate export)")
    Path file;

    @Mixin
    StoreOptions store;

    @Option(names = "--url", paramLabel = "URL",
            description = "a running server (http://host:8080, which serves its record under /record/) or the log's prefix URL")
    String url;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "the log's public key as published (name+id+key); for a file without it, the key remembered for the log, "
                    + "else the key in the file is used (trust on first use)")
    String key;

    @Option(names = "--key-file", paramLabel = "FILE", description = "read the log's public key from this file (e.g. a copy of log-key.vkey)")
    Path keyFile;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "with --url: a member's API token, for a record that is for members only (or MANDATE_TOKEN)")
    String token;

    @Option(names = "--memory", paramLabel = "DIR",
            description = "where the last checkpoint seen for each origin is remembered (default: ~/.mandate/checkpoints)")
    Path memory;

    @Option(names = "--replay", description = "also decode every event and rebuild the federation's state (not for an excerpt)")
    boolean replay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = WriterStream.over(spec.commandLine().getOut());
        PrintStream err = WriterStream.over(spec.commandLine().getErr());
        boolean data = spec.commandLine().getParseResult().hasMatchedOption("--data") || store.db != null;
        int targets = (file != null ? 1 : 0) + (url != null ? 1 : 0) + (data ? 1 : 0);
        if (targets != 1) {
            err.println("verify one thing: a FILE, a data directory (--data DIR) or a server (--url URL)");
            return FAILS;
        }
        Optional<NoteVerifier> trusted;
        try {
            trusted = trustedKey();
        } catch (IOException | RuntimeException e) {
            err.println((keyFile != null ? "--key-file " + keyFile : "--key") + " does not hold a verifier key: " + e.getMessage());
            return FAILS;
        }
        Path remembered = memory == null ? CheckpointMemory.defaultDirectory() : memory;
        int code;
        if (file != null) {
            code = verifyFile(trusted, remembered, out, err);
        } else if (data) {
            code = DataCheck.run(store, trusted, replay, out, err);
        } else if (trusted.isEmpty()) {
            err.println("--url needs the log's key as the federation publishes it (--key VKEY or --key-file FILE):"
                    + " a key fetched from the server it vouches for proves nothing");
            code = FAILS;
        } else {
            code = RemoteCheck.run(url, Optional.ofNullable(token != null ? token : System.getenv("MANDATE_TOKEN")), trusted.get(),
                    remembered, replay, out, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private Optional<NoteVerifier> trustedKey() throws IOException {
        if (key != null && keyFile != null) {
            throw new IllegalArgumentException("give the key once, with --key or with --key-file");
        }
        if (keyFile != null) {
            return Optional.of(NoteVerifier.parse(Files.readString(keyFile, StandardCharsets.UTF_8)));
        }
        return key == null ? Optional.empty() : Optional.of(NoteVerifier.parse(key));
    }

    private int verifyFile(Optional<NoteVerifier> trusted, Path remembered, PrintStream out, PrintStream err) {
        String first;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            String text = new String(head, StandardCharsets.UTF_8);
            first = text.contains("\n") ? text.substring(0, text.indexOf('\n')) : text;
        } catch (NoSuchFileException e) {
            err.println("there is no file " + file);
            return CANNOT_CHECK;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return CANNOT_CHECK;
        }
        try {
            if (first.equals(ExcerptWriter.MAGIC)) {
                if (replay) {
                    err.println("an excerpt holds one body's events, not the whole record: it cannot be replayed");
                    return FAILS;
                }
                return verifyExcerpt(trusted, remembered, out);
            }
            if (!first.equals(HistoryFormat.MAGIC)) {
                out.println(file + ":1: this is neither a Mandate history (" + HistoryFormat.MAGIC + ") nor an excerpt ("
                        + ExcerptWriter.MAGIC + ")");
                return FAILS;
            }
            VerificationReport report = new HistoryVerifier(remembered, trusted, ProgressListener.NONE).verify(file);
            ReportPrinter.print(file, report, new CheckpointMemory(remembered), out);
            if (!report.ok()) {
                return FAILS;
            }
            return replay ? ReplayFromRecord.check(file, out, err) : HOLDS;
        } catch (RecordException | IOException e) {
            err.println("mandate verify: " + e.getMessage());
            return CANNOT_CHECK;
        }
    }

    private int verifyExcerpt(Optional<NoteVerifier> trusted, Path remembered, PrintStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ExcerptReport report = new ExcerptVerifier(remembered, trusted).verify(in);
            report.print(file.toString(), out);
            return report.ok() ? HOLDS : FAILS;
        }
    }
}
