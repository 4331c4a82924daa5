package org.mandate.server.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.body.BodyCommand.AcceptFounding;
import org.mandate.core.body.BodyCommand.FoundAssembly;
import org.mandate.core.charter.Charter;
import org.mandate.core.member.MemberCommand.RegisterMember;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.store.Store;

/**
 * A real server on SQLite in a temporary directory, on the system clock (checkpoints are signed at
 * most once a second, so a test waits for one to cover what it wrote), with a few helpers to fill the
 * record and fetch from it.
 */
final class RecordServer implements AutoCloseable {
    static final String PASSWORD = "a long enough passphrase";

    final Path dir;
    final Store store;
    final Engine engine;
    final Accounts accounts;
    final ApiServer api;
    final NoteVerifier logKey;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Clock clock = Clock.systemUTC();

    RecordServer(Path dir) {
        this.dir = dir;
        LogKeys.generate(dir, "localhost/mandate");
        logKey = LogKeys.load(dir).verifier();
        store = Store.sqlite(dir);
        engine = Engine.open(store, dir, clock);
        accounts = new Accounts(store.directory());
        api = ApiServer.start(engine, accounts, clock, "127.0.0.1", 0);
    }

    static Charter charter(boolean publicRecord) {
        Charter c = Charter.defaultAssembly();
        return new Charter(c.rules(), c.admission(), c.weighting(), c.annulmentWindow(), publicRecord);
    }

    /** Members {@code founders} found an assembly {@code body}; each is registered first. */
    void assembly(String body, boolean publicRecord, String... founders) {
        for (String f : founders) {
            run(new RegisterMember(new MemberId(f)), f);
        }
        List<MemberId> others = java.util.Arrays.stream(founders).skip(1).map(MemberId::new).toList();
        run(new FoundAssembly(new BodyId(body), "Assembly " + body, charter(publicRecord), others), founders[0]);
        for (String f : others.stream().map(MemberId::value).toList()) {
            run(new AcceptFounding(new BodyId(body)), f);
        }
    }

    /** {@code count} members register, all submitted at once so the writer batches them. */
    void registrations(String prefix, int count) {
        List<CompletableFuture<Outcome>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(engine.writer().submit(new RegisterMember(new MemberId(prefix + i)), new MemberId(prefix + i)));
        }
        done.forEach(f -> accepted(f.join()));
    }

    void run(Command command, String actor) {
        accepted(engine.writer().submit(command, new MemberId(actor)).join());
    }

    private static void accepted(Outcome o) {
        if (!(o instanceof Outcome.Accepted)) {
            throw new AssertionError("refused: " + o);
        }
    }

    /** Waits until a durable checkpoint covers every durable event and the read model has folded them. */
    SignedCheckpoint covered() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long size = engine.writer().durableSize();
            var cp = engine.record().checkpoint();
            if (cp.isPresent() && cp.get().size() == size && engine.reads().await(size, Duration.ofSeconds(5))) {
                return cp.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no checkpoint covered the record within 10 s");
    }

    String token(String member) {
        accounts.register(new MemberId(member), "Member " + member, member + "@example.coop", PASSWORD, clock.instant());
        return accounts.createApiToken(new MemberId(member), "script", clock.instant()).token();
    }

    /** GET {@code path}, with a member's API token unless {@code token} is null. */
    HttpResponse<byte[]> get(String path, String token) throws Exception {
        return token == null ? send(path) : send(path, "Authorization", "Bearer " + token);
    }

    /** GET {@code path} with the given header names and values, in pairs. */
    HttpResponse<byte[]> send(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        api.close();
        engine.close();
        store.close();
    }
}
