package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.cli.demo.DemoFederation;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.Server;
import org.mandate.store.Store;
import org.mandate.web.Web;

/** What {@code mandate demo} serves: the demo stored as the writer would store it, and logins that work on the login page. */
class DemoServeTest {
    @TempDir
    Path dir;

    @Test
    void the_stored_demo_rebuilds_the_same_federation_and_its_printed_logins_log_in_on_the_page() throws Exception {
        DemoFederation.Demo demo = DemoFederation.build(DemoFederation.DEFAULT_SEED);
        Federation state = new Federation();
        List<Event> events = new ArrayList<>();
        for (DemoFederation.Step step : demo.steps()) {
            if (Mandate.execute(state, step.command(), step.context()) instanceof Outcome.Accepted a) {
                events.addAll(a.events());
            }
        }
        LogKeys.generate(dir, "localhost/mandate-demo");
        Codec codec = new Codec();
        Store store = Store.sqlite(dir);
        DemoData.append(store, codec, events);
        DemoData.accounts(store, demo.logins(), demo.directory(), state.clock());
        Instant last = DemoData.lastEventTime(store, codec);
        assertThat(last).isEqualTo(state.clock());

        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), last));
        try (Server server = Server.start(store, dir, clock, "127.0.0.1", 0, List.of(Web.routes()))) {
            assertThat(server.engine().reads().await(events.size(), Duration.ofSeconds(60))).isTrue();
            int members = server.engine().reads().read(Federation::memberCount);
            assertThat(members).isEqualTo(state.memberCount());

            MemberId ordinary = demo.logins().entrySet().stream().filter(e -> e.getKey().startsWith("an ordinary member"))
                    .findFirst().orElseThrow().getValue();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("member=" + ordinary.value() + "&password="
                            + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).contains("My federation").contains("Open the community kitchen on Sundays");
        }
    }
}
