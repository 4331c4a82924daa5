package org.mandate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.mandate.codec.Codec;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.BodyId;
import org.mandate.core.charter.Charter;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.server.engine.SettableClock;
import org.mandate.store.Store;

/** A real server on the loopback, on SQLite in a temporary directory, with a clock the test moves. */
final class Served implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    final SettableClock clock = new SettableClock(START);
    final Codec codec = new Codec();
    final Store store;
    final Engine engine;
    final Accounts accounts;
    final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    Served(Path dir) {
        LogKeys.generate(dir, "localhost/mandate");
        store = Store.sqlite(dir);
        engine = Engine.open(store, dir, clock);
        accounts = new Accounts(store.directory());
        server = ApiServer.start(engine, accounts, clock, "127.0.0.1", 0);
    }

    /** An account and an API token for {@code member}, straight from the directory. */
    String tokenFor(String member) {
        accounts.register(new MemberId(member), "Member " + member, member + "@example.coop", "a long enough passphrase", clock.instant());
        return accounts.createApiToken(new MemberId(member), "test", clock.instant()).token();
    }

    Outcome submit(Command command, String by) throws Exception {
        return engine.writer().submit(command, by == null ? null : new MemberId(by)).get(30, TimeUnit.SECONDS);
    }

    /** Runs a script of docs/examples through the writer, the clock moved to each line's time. */
    void replay(String example) throws Exception {
        Path p = Path.of("../docs/examples", example);
        for (String line : Files.readAllLines(Files.exists(p) ? p : Path.of("docs/examples", example))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            JsonNode node = codec.mapper().readTree(line);
            clock.set(Instant.parse(node.get("at").asText()));
            submit(codec.readCommand(node.get("command")), node.hasNonNull("by") ? node.get("by").asText() : null);
        }
    }

    /** A command of the vocabulary, as JSON, by {@code by} at the clock's time; the outcome must be an acceptance. */
    Outcome.Accepted command(String by, String json) throws Exception {
        Outcome o = submit(codec.readCommand(json), by);
        if (o instanceof Outcome.Accepted a) {
            return a;
        }
        throw new AssertionError(by + " " + json + " was refused: " + o);
    }

    /**
     * The example federation of docs/examples/federation.jsonl (a bakery and a mill, public, in the
     * council fed, delegates elected by secret STV, a mandated item), then: an assembly whose record is
     * closed, a referendum put to everyone beneath fed by petition and closed with its breakdown, and a
     * recall petition against the bakery's delegate whose secret recall vote is open.
     */
    void federation() throws Exception {
        replay("federation.jsonl");
        command("gus", "{\"type\":\"found-assembly\",\"body\":\"night-shift\",\"name\":\"Night shift\"}");
        advance(Duration.ofMinutes(1));
        command("chi", "{\"type\":\"open-petition\",\"petition\":\"ref-32\",\"kind\":\"referendum\",\"body\":\"fed\","
                + "\"title\":\"A 32-hour week?\",\"text\":\"Should the trade move to a 32-hour week?\"}");
        for (String[] v : new String[][] {{"ana", "yes"}, {"dee", "no"}, {"eve", "yes"}, {"fay", "yes"}}) {
            advance(Duration.ofMinutes(1));
            command(v[0], "{\"type\":\"cast-vote\",\"proposal\":\"ref-32.vote\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"" + v[1] + "\"}}");
        }
        advance(Duration.ofHours(4));
        submit(new org.mandate.core.clock.Tick(), null);
        command("ben", "{\"type\":\"open-petition\",\"petition\":\"recall-ana\",\"kind\":\"recall\",\"body\":\"bakery\","
                + "\"target\":\"ana\",\"council\":\"fed\"}");
        advance(Duration.ofMinutes(1));
        command("chi", "{\"type\":\"cast-vote\",\"proposal\":\"recall-ana.vote\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"yes\"}}");
    }

    /**
     * Mutual credit beside the example federation: the public assembly farm (kim), and the council market
     * of bakery, mill and farm, voted by its member bodies, with treasurers chi, dee and kim, a limit rule
     * and a limit of bakery's own. Three accepted invoices form a cycle (bakery owes mill 600 as inv-1,
     * mill owes farm 400 as inv-2, farm owes bakery 300 as inv-3); inv-4 (bakery owes farm 50) awaits
     * bakery's answer; bakery disputed inv-5; bakery paid farm 100 in advance. The council scheduled the
     * clearing market-clearing-1, settling through the accounts, and the server applied it on its tick.
     */
    void credit() throws Exception {
        EngineScenario s = new EngineScenario(engine, clock);
        s.assembly("farm", open(EngineScenario.quickAssembly()), "kim");
        s.credit("market", "bakery", "mill", "farm");
        s.councilAdopts("market", "market.rule", new Motion.AdoptLimitRule(500, 6, 200, 2_000), "trade");
        s.councilAdopts("market", "market.limit.bakery", new Motion.SetCreditLimit(new BodyId("bakery"), 1_500), "trade");
        s.treasurers(java.util.Map.of("bakery", "chi", "mill", "dee", "farm", "kim"));
        invoice(s, "dee", "inv-1", "mill", "bakery", 600, "chi");
        invoice(s, "kim", "inv-2", "farm", "mill", 400, "dee");
        invoice(s, "chi", "inv-3", "bakery", "farm", 300, "kim");
        invoice(s, "kim", "inv-4", "farm", "bakery", 50, null);
        invoice(s, "dee", "inv-5", "mill", "bakery", 80, null);
        s.given("chi", new CreditCommand.DisputeInvoice("inv-5", "We never ordered bran."));
        s.given("chi", new CreditCommand.MakePayment(new BodyId("market"), new BodyId("bakery"), new BodyId("farm"), 100, "Advance on eggs", null));
        Instant when = s.now().plus(Duration.ofDays(10));
        s.councilAdopts("market", "market.clear", new Motion.ScheduleClearing("market-clearing-1", when, true), "trade");
        s.at(when);
        s.tick();
    }

    private static void invoice(EngineScenario s, String by, String id, String creditor, String debtor, long amount, String acceptedBy) {
        s.given(by, new CreditCommand.RecordInvoice(new BodyId("market"), id, new BodyId(creditor), new BodyId(debtor), amount, "Goods " + id));
        if (acceptedBy != null) {
            s.given(acceptedBy, new CreditCommand.AcceptInvoice(id));
        }
    }

    /** The charter, with its record open to the public. */
    static Charter open(Charter c) {
        return new Charter(c.rules(), c.admission(), c.weighting(), c.annulmentWindow(), true, c.delegation(), c.council());
    }

    /** The default assembly charter, with its record open to the public. */
    static Charter publicCharter() {
        Charter a = Charter.defaultAssembly();
        return new Charter(a.rules(), a.admission(), a.weighting(), a.annulmentWindow(), true, a.delegation(), a.council());
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any method, with the given headers as name, value pairs (a cookie, a CSRF token). */
    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> r) throws Exception {
        return codec.mapper().readTree(r.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
        engine.close();
        store.close();
    }
}
