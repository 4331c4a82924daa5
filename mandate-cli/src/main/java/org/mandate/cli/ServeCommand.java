package org.mandate.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate serve}: the federation's server, until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves an initialised federation.",
                "The web pages at /, the JSON API under /api/v1 (commands with a member's API token),",
                "the record under /record/ (checkpoint, tiles, receipts: see docs/record-format.md),",
                "/metrics for the operator, and /healthz. One log line per request. Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "the port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(store.data.resolve(LogKeys.PRIVATE_FILE))) {
            spec.commandLine().getErr().println(store.data + " holds no federation yet: run ./mandate init --data " + store.data + " first.");
            return 1;
        }
        Server server = Server.start(store.open(), store.data, Clock.systemUTC(), host, port, java.util.List.of(org.mandate.web.Web.routes()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("Mandate is serving " + store.data + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops it)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
