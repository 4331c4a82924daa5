package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate init}: a new federation's data directory, its log's signing key and its database. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Prepares a new federation's data directory, signing key and database.",
                "Makes the log's Ed25519 signing key (the private half",
                "readable by the owner only), creates the database and its tables, and prints the public key to publish."})
final class InitCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--origin", paramLabel = "ORIGIN", defaultValue = "localhost/mandate",
            description = "the log's origin: its URL prefix without the scheme, e.g. record.example.coop/mandate (default ${DEFAULT-VALUE})")
    String origin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(store.data.resolve(LogKeys.PRIVATE_FILE))) {
            err.println(store.data + " already holds a federation's key; init changes nothing there.");
            return 1;
        }
        Files.createDirectories(store.data);
        LogKeys keys = LogKeys.generate(store.data, origin);
        try (Store s = store.open()) {
            out.println("Initialised " + store.data + (store.db == null ? " (SQLite)" : " (PostgreSQL " + store.db + ")")
                    + " with " + s.size() + " events.");
        }
        out.println("Log origin: " + keys.origin());
        out.println("Public key, to publish so members can check the record: " + keys.verifier().vkey());
        out.flush();
        return 0;
    }
}
