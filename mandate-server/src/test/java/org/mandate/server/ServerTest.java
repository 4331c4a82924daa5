package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.store.Store;

/** A server serves and its clock ticks by itself: what falls due happens without anyone asking. */
class ServerTest {
    @TempDir
    Path dir;

    @Test
    void the_server_answers_health_and_sends_the_clock_command_every_second() throws Exception {
        LogKeys.generate(dir, "localhost/mandate");
        try (Server server = Server.start(Store.sqlite(dir), dir, Clock.systemUTC(), "127.0.0.1", 0)) {
            var health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            // with nothing due a tick leaves no event; what shows it is the writer applying commands nobody sent
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (server.engine().writer().applied() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(server.engine().writer().applied()).as("clock commands applied").isGreaterThanOrEqualTo(2);
        }
    }
}
