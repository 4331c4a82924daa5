package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.RecordServer.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.server.account.Login;

/** /metrics for the operator, and one log line per request that never carries a credential. */
class OpsRoutesTest {
    @TempDir
    Path dir;

    private RecordServer server;

    @BeforeEach
    void start() {
        server = new RecordServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void metrics_count_requests_by_route_and_show_the_writer_and_the_record() throws Exception {
        server.assembly("bakery", true, "ana");
        server.covered();
        for (int i = 0; i < 3; i++) {
            server.get("/record/receipt/" + i, null);
        }
        var r = server.get("/metrics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        String figures = text(r);
        assertThat(figures).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*route=\"/record/receipt/\\{index}\"[^}]*status=\"200\"[^}]*} 2(\\.0)?\\n");
        assertThat(figures).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*route=\"/record/receipt/\\{index}\"[^}]*status=\"404\"[^}]*} 1(\\.0)?\\n");
        // A registration and a founding: two commands, two events, all folded and covered.
        assertThat(figures).containsPattern("mandate_writer_commands_total(\\{[^}]*})? 2(\\.0)?\\n");
        assertThat(figures).containsPattern("mandate_record_events(\\{[^}]*})? 2(\\.0)?\\n");
        assertThat(figures).containsPattern("mandate_read_model_lag_events(\\{[^}]*})? 0(\\.0)?\\n");
        assertThat(figures).contains("mandate_writer_batch_commands_count", "jvm_memory_used_bytes");
    }

    @Test
    void metrics_are_refused_through_a_proxy_unless_the_operator_asks() throws Exception {
        var proxied = server.send("/metrics", "X-Forwarded-For", "203.0.113.7");
        assertThat(proxied.statusCode()).isEqualTo(403);
        assertThat(proxied.headers().firstValue("Content-Type")).hasValue(Problems.TYPE);

        String member = server.token("ana");
        assertThat(server.send("/metrics", "X-Forwarded-For", "203.0.113.7", "Authorization", "Bearer " + member).statusCode())
                .isEqualTo(403);

        server.accounts.registerOperator("ops", RecordServer.PASSWORD, Instant.now());
        Login.Success login = (Login.Success) server.accounts.loginOperator("ops", RecordServer.PASSWORD, "127.0.0.1", Instant.now());
        var operator = server.send("/metrics", "X-Forwarded-For", "203.0.113.7", "Cookie", Caller.COOKIE + "=" + login.session().token());
        assertThat(operator.statusCode()).isEqualTo(200);
    }

    @Test
    void each_request_is_logged_in_one_line_without_its_credentials() throws Exception {
        String token = server.token("ana");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String log;
        try {
            // ana has an account but belongs to no assembly: refused, and logged all the same.
            server.send("/record/receipt/3?token=query-secret", "Authorization", "Bearer " + token,
                    "Cookie", Caller.COOKIE + "=cookie-secret");
            log = awaitLine(captured, "/record/receipt/{index}");
        } finally {
            System.setErr(original);
        }
        assertThat(log).containsPattern("GET /record/receipt/\\{index} 403 [0-9]+\\.[0-9] ms");
        assertThat(log).doesNotContain(token, "query-secret", "cookie-secret", "/record/receipt/3");
    }

    /** The logger writes after the response is sent: wait a moment for the line. */
    private static String awaitLine(ByteArrayOutputStream captured, String route) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String text = captured.toString(StandardCharsets.UTF_8);
            if (text.contains(route)) {
                return text;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no request log line for " + route + " in: " + captured.toString(StandardCharsets.UTF_8));
    }
}
