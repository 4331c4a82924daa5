package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mandate.cli.demo.DemoFederation;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.server.Server;
import org.mandate.store.Store;
import org.mandate.web.Web;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mandate demo}: the demo federation, generated deterministically, recorded as a signed history
 * and served with its pages. The demo's clock runs on from the last event of its record, so the votes
 * it leaves open stay open for a newcomer to cast.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates the demo federation and serves it in the browser.",
                "A regional confederation with local and trade federations, about 40 assemblies, 2,000 members and months",
                "of history. Writes its script and signed history into the data directory, stores it there, prints the",
                "address to open and the demo logins, and serves it until stopped (Ctrl-C)."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mandate-demo", description = "the data directory (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--seed", defaultValue = "2026", description = "the seed of the generated federation (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--port", defaultValue = "8080", description = "the port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--no-serve", description = "write the history and script, store the demo, and stop without serving it")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DemoFederation.Demo demo = DemoFederation.build(seed);
        Codec codec = new Codec();
        Federation state = new Federation();
        List<Event> events = new ArrayList<>();
        List<byte[]> recorded = new ArrayList<>();
        int refused = 0;
        for (DemoFederation.Step step : demo.steps()) {
            Outcome o = Mandate.execute(state, step.command(), step.context());
            if (o instanceof Outcome.Accepted a) {
                events.addAll(a.events());
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
        out.println("Its record:  ./mandate verify " + history + " --replay");
        out.println("Its script:  ./mandate replay " + script);
        Store store = Store.sqlite(data);
        if (store.size() == 0) {
            DemoData.append(store, codec, events);
        } else {
            out.println(data + " already holds a federation of " + store.size() + " events: serving it as it is.");
        }
        DemoData.accounts(store, demo.logins(), demo.directory(), state.clock());
        out.println("Demo logins (password for each: " + DemoData.PASSWORD + "):");
        for (Map.Entry<String, MemberId> e : demo.logins().entrySet()) {
            out.printf("  %-10s %s (%s)%n", e.getValue(), demo.directory().get(e.getValue()), e.getKey());
        }
        if (noServe) {
            store.close();
            out.flush();
            return 0;
        }
        // The demo's time runs on from its last event, so what it left open is still open.
        Instant last = DemoData.lastEventTime(store, codec);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), last));
        Server server = Server.start(store, data, clock, host, port, List.of(Web.routes()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("Open http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + server.port()
                + "/ in a browser and log in as one of the members above. Ctrl-C stops the demo.");
        out.flush();
        stopped.await();
        return 0;
    }
}
