package org.mandate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link Directory} must do; run on SQLite and on PostgreSQL by the subclasses.
 */
abstract class DirectoryContract {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract StoreConfig freshDatabase() throws Exception;

    protected StoreConfig config;
    protected Store store;
    protected Directory dir;

    @BeforeEach
    void openFresh() throws Exception {
        config = freshDatabase();
        store = Store.open(config);
        dir = store.directory();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static byte[] h(String s) {
        // Stand-in for a SHA-256: the directory keeps whatever bytes it is given.
        byte[] b = new byte[32];
        byte[] src = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(src, 0, b, 0, Math.min(src.length, 32));
        return b;
    }

    static Directory.Account account(String member) {
        return new Directory.Account(member, "Name of " + member, member + "@example.org", "$argon2id$hash-of-" + member, T0);
    }

    @Test
    void anAccountIsStoredOncePerMemberAndSurvivesAReopen() {
        assertThat(dir.createAccount(account("m1"))).isTrue();
        assertThat(dir.createAccount(new Directory.Account("m1", "Other", "x", "y", T0))).as("member id is unique").isFalse();
        store.close();
        store = Store.open(config);
        dir = store.directory();
        assertThat(dir.account("m1")).contains(account("m1"));
        assertThat(dir.account("m2")).isEmpty();
    }

    @Test
    void eachLoginMakesTheLastOneThePreviousOne() {
        dir.createAccount(account("m1"));
        assertThat(dir.recordLogin("m1", T0)).as("a first login has none before it").isEmpty();
        assertThat(dir.previousLogin("m1")).isEmpty();
        assertThat(dir.recordLogin("m1", T0.plusSeconds(60))).contains(T0);
        assertThat(dir.recordLogin("m1", T0.plusSeconds(120))).contains(T0.plusSeconds(60));
        assertThat(dir.previousLogin("m1")).contains(T0.plusSeconds(60));
        assertThat(dir.recordLogin("nobody", T0)).isEmpty();
    }

    @Test
    void aPasswordHashCanBeReplaced() {
        dir.createAccount(account("m1"));
        assertThat(dir.setPasswordHash("m1", "new")).isTrue();
        assertThat(dir.account("m1").orElseThrow().passwordHash()).isEqualTo("new");
        assertThat(dir.setPasswordHash("nobody", "new")).isFalse();
    }

    @Test
    void operatorsLiveApartFromMembers() {
        assertThat(dir.createOperator(new Directory.OperatorAccount("root", "hash", T0))).isTrue();
        assertThat(dir.createOperator(new Directory.OperatorAccount("root", "other", T0))).isFalse();
        assertThat(dir.operator("root")).contains(new Directory.OperatorAccount("root", "hash", T0));
        assertThat(dir.account("root")).as("an operator is not a member").isEmpty();
    }

    @Test
    void sessionsAreFoundByTokenHashAndDeleted() {
        Directory.Session s = new Directory.Session(h("tok"), "m1", null, T0, T0.plus(Duration.ofHours(1)), h("csrf"));
        dir.createSession(s);
        Directory.Session back = dir.session(h("tok")).orElseThrow();
        assertThat(back.memberId()).isEqualTo("m1");
        assertThat(back.operator()).isNull();
        assertThat(back.expires()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(back.csrfSecret()).isEqualTo(h("csrf"));
        assertThat(dir.session(h("other"))).isEmpty();
        assertThat(dir.deleteSession(h("tok"))).isTrue();
        assertThat(dir.session(h("tok"))).isEmpty();
    }

    @Test
    void anOperatorSessionHasNoMember() {
        dir.createSession(new Directory.Session(h("op"), null, "root", T0, T0.plusSeconds(60), h("c")));
        Directory.Session back = dir.session(h("op")).orElseThrow();
        assertThat(back.memberId()).isNull();
        assertThat(back.operator()).isEqualTo("root");
    }

    @Test
    void theDatabaseRefusesASessionOfBothOrNeither() {
        assertThatThrownBy(() -> new Directory.Session(h("x"), "m", "root", T0, T0, h("c"))).isInstanceOf(IllegalArgumentException.class);
        Jdbi().useHandle(hd -> assertThatThrownBy(() -> hd.execute(
                "INSERT INTO sessions (token_hash, member_id, operator, created, expires, csrf_secret) VALUES (?, 'm', 'root', 0, 0, ?)",
                h("x"), h("c"))).message().containsIgnoringCase("check"));
    }

    private org.jdbi.v3.core.Jdbi Jdbi() {
        return org.jdbi.v3.core.Jdbi.create(() -> java.sql.DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password()));
    }

    @Test
    void expiredSessionsAndAMembersSessionsCanBeEnded() {
        dir.createSession(new Directory.Session(h("a"), "m1", null, T0, T0.plusSeconds(10), h("c")));
        dir.createSession(new Directory.Session(h("b"), "m1", null, T0, T0.plusSeconds(100), h("c")));
        dir.createSession(new Directory.Session(h("c"), "m2", null, T0, T0.plusSeconds(100), h("c")));
        assertThat(dir.deleteExpiredSessions(T0.plusSeconds(10))).isEqualTo(1);
        assertThat(dir.deleteSessionsOf("m1")).isEqualTo(1);
        assertThat(dir.session(h("c"))).isPresent();
    }

    @Test
    void theCsrfSecretIsReplacedOnlyFromItsCurrentValue() {
        dir.createSession(new Directory.Session(h("s"), "m1", null, T0, T0.plusSeconds(100), h("one")));
        assertThat(dir.replaceCsrfSecret(h("s"), h("one"), h("two"))).isTrue();
        assertThat(dir.replaceCsrfSecret(h("s"), h("one"), h("three"))).as("a replayed secret").isFalse();
        assertThat(dir.session(h("s")).orElseThrow().csrfSecret()).isEqualTo(h("two"));
    }

    @Test
    void ofRacingUsesOfOneCsrfSecretExactlyOneWins() throws Exception {
        dir.createSession(new Directory.Session(h("s"), "m1", null, T0, T0.plusSeconds(100), h("one")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tries = List.of(
                    () -> dir.replaceCsrfSecret(h("s"), h("one"), h("a")),
                    () -> dir.replaceCsrfSecret(h("s"), h("one"), h("b")),
                    () -> dir.replaceCsrfSecret(h("s"), h("one"), h("c")),
                    () -> dir.replaceCsrfSecret(h("s"), h("one"), h("d")));
            long wins = 0;
            for (Future<Boolean> f : pool.invokeAll(tries)) {
                wins += f.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void apiTokensAreListedAndRevokedOnceByTheirOwner() {
        dir.createApiToken(new Directory.ApiToken(h("t1"), "m1", "backup script", T0, null));
        dir.createApiToken(new Directory.ApiToken(h("t2"), "m1", "bot", T0.plusSeconds(1), null));
        assertThat(dir.apiTokensOf("m1")).extracting(Directory.ApiToken::label).containsExactly("backup script", "bot");
        assertThat(dir.revokeApiToken(h("t1"), "m2", T0)).as("not m2's token").isFalse();
        assertThat(dir.revokeApiToken(h("t1"), "m1", T0.plusSeconds(5))).isTrue();
        assertThat(dir.revokeApiToken(h("t1"), "m1", T0.plusSeconds(6))).as("already revoked").isFalse();
        assertThat(dir.apiToken(h("t1")).orElseThrow().revoked()).isEqualTo(T0.plusSeconds(5));
        assertThat(dir.apiToken(h("t2")).orElseThrow().revoked()).isNull();
        assertThat(dir.apiToken(h("t3"))).isEmpty();
    }

    @Test
    void aTokenReadBeforeItsRevocationIsSeenRevokedAfterIt() {
        dir.createApiToken(new Directory.ApiToken(h("t1"), "m1", "bot", T0, null));
        assertThat(dir.apiToken(h("t1")).orElseThrow().revoked()).isNull();
        assertThat(dir.apiToken(h("t1")).orElseThrow().revoked()).as("read again, now without a query").isNull();
        assertThat(dir.revokeApiToken(h("t1"), "m2", T0)).as("not m2's token").isFalse();
        assertThat(dir.apiToken(h("t1")).orElseThrow().revoked()).isNull();
        assertThat(dir.revokeApiToken(h("t1"), "m1", T0.plusSeconds(5))).isTrue();
        assertThat(dir.apiToken(h("t1")).orElseThrow().revoked()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void noReadAfterARevocationReturnsSeesTheTokenLive() throws Exception {
        long seed = System.nanoTime();
        System.out.println("noReadAfterARevocationReturnsSeesTheTokenLive seed " + seed);
        java.util.Random random = new java.util.Random(seed);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int i = 0; i < 30; i++) {
                byte[] token = h("race" + i);
                dir.createApiToken(new Directory.ApiToken(token, "m1", "bot", T0, null));
                java.util.concurrent.atomic.AtomicBoolean revoked = new java.util.concurrent.atomic.AtomicBoolean();
                Callable<Boolean> reader = () -> {
                    while (!revoked.get()) {
                        dir.apiToken(token);
                    }
                    return dir.apiToken(token).orElseThrow().revoked() != null;
                };
                List<Future<Boolean>> readers = List.of(pool.submit(reader), pool.submit(reader));
                Thread.sleep(random.nextInt(5));
                assertThat(dir.revokeApiToken(token, "m1", T0)).isTrue();
                revoked.set(true);
                for (Future<Boolean> r : readers) {
                    assertThat(r.get()).as("token %d, seed %d", i, seed).isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loginFailuresAreCountedPerMemberSinceTheLastSuccessAndPerAddress() {
        dir.recordLoginAttempt("m1", "10.0.0.1", T0, false);
        dir.recordLoginAttempt("m1", "10.0.0.1", T0.plusSeconds(1), false);
        dir.recordLoginAttempt("ghost", "10.0.0.1", T0.plusSeconds(2), false);
        dir.recordLoginAttempt("m1", "10.0.0.2", T0.plusSeconds(3), false);
        assertThat(dir.failuresOfMember("m1", T0)).isEqualTo(3);
        assertThat(dir.failuresOfMember("m1", T0.plusSeconds(1))).as("the window").isEqualTo(2);
        assertThat(dir.failuresOfMember("ghost", T0)).as("an id with no account counts too").isEqualTo(1);
        assertThat(dir.failuresFromAddress("10.0.0.1", T0)).isEqualTo(3);
        dir.recordLoginAttempt("m1", "10.0.0.2", T0.plusSeconds(4), true);
        assertThat(dir.failuresOfMember("m1", T0)).as("a success clears the member's count").isZero();
        assertThat(dir.failuresFromAddress("10.0.0.1", T0)).as("but not the address's").isEqualTo(3);
        dir.recordLoginAttempt("m1", "10.0.0.2", T0.plusSeconds(5), false);
        assertThat(dir.failuresOfMember("m1", T0)).isEqualTo(1);
        assertThat(dir.pruneLoginAttempts(T0.plusSeconds(2))).isEqualTo(2);
        assertThat(dir.failuresFromAddress("10.0.0.1", T0)).isEqualTo(1);
    }

    @Test
    void aResetCodeIsRedeemedOnceBeforeItsExpiryByItsMemberOnly() {
        dir.createAccount(account("m1"));
        dir.createSession(new Directory.Session(h("s"), "m1", null, T0, T0.plusSeconds(1000), h("c")));
        dir.issueResetCode(new Directory.ResetCode(h("code"), "m1", "secretary", T0, T0.plusSeconds(100), null));
        assertThat(dir.redeemResetCode(h("code"), "m2", T0.plusSeconds(1), "x")).as("another member").isEmpty();
        assertThat(dir.redeemResetCode(h("code"), "m1", T0.plusSeconds(100), "x")).as("at expiry").isEmpty();
        assertThat(dir.account("m1").orElseThrow().passwordHash()).isEqualTo(account("m1").passwordHash());

        Directory.ResetCode used = dir.redeemResetCode(h("code"), "m1", T0.plusSeconds(50), "new-hash").orElseThrow();
        assertThat(used.issuedBy()).isEqualTo("secretary");
        assertThat(dir.account("m1").orElseThrow().passwordHash()).isEqualTo("new-hash");
        assertThat(dir.session(h("s"))).as("a reset ends the member's sessions").isEmpty();
        assertThat(dir.resetCode(h("code")).orElseThrow().used()).isEqualTo(T0.plusSeconds(50));
        assertThat(dir.redeemResetCode(h("code"), "m1", T0.plusSeconds(51), "again")).as("single use").isEmpty();
        assertThat(dir.account("m1").orElseThrow().passwordHash()).isEqualTo("new-hash");
    }

    @Test
    void aNewResetCodeReplacesTheMembersUnusedOnes() {
        dir.createAccount(account("m1"));
        dir.issueResetCode(new Directory.ResetCode(h("old"), "m1", "sec", T0, T0.plusSeconds(100), null));
        dir.issueResetCode(new Directory.ResetCode(h("new"), "m1", "sec", T0.plusSeconds(1), T0.plusSeconds(100), null));
        assertThat(dir.resetCode(h("old"))).isEmpty();
        assertThat(dir.redeemResetCode(h("old"), "m1", T0.plusSeconds(2), "x")).isEmpty();
        assertThat(dir.redeemResetCode(h("new"), "m1", T0.plusSeconds(2), "x")).isPresent();
    }

    @Test
    void theDirectoryAndTheLogShareTheStore() {
        dir.createAccount(account("m1"));
        store.append(Batch.of(0, List.of(new byte[] {1, 2, 3})));
        assertThat(store.size()).isEqualTo(1);
        assertThat(dir.account("m1")).isPresent();
    }
}
