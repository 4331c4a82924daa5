package org.mandate.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.MemberId;
import org.mandate.store.Directory;
import org.mandate.store.Store;

/** The account rules over a real directory (SQLite; the directory itself is proven on both databases in mandate-store). */
class AccountsTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final MemberId ANA = MemberId.of("ana");
    static final MemberId SEC = MemberId.of("secretary");
    static final String PASSWORD = "correct horse battery";
    static final String ADDR = "192.0.2.1";

    @TempDir
    Path temp;

    Store store;
    Directory directory;
    Accounts accounts;

    @BeforeEach
    void open() {
        store = Store.sqlite(temp.resolve("data"));
        directory = store.directory();
        accounts = new Accounts(directory);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Session loginOk(MemberId m, String password, Instant now) {
        return loginOk(m, password, ADDR, now);
    }

    private Session loginOk(MemberId m, String password, String address, Instant now) {
        Login login = accounts.login(m, password, address, now);
        assertThat(login).isInstanceOf(Login.Success.class);
        return ((Login.Success) login).session();
    }

    private static Refusal refusal(Login login) {
        assertThat(login).isInstanceOf(Login.Refused.class);
        return ((Login.Refused) login).why();
    }

    // ---- passwords

    @Test
    void thePasswordIsStoredAsAnArgon2idHashThatPassword4jVerifies() {
        accounts.register(ANA, "Ana", "ana@example.org", PASSWORD, T0);
        String stored = directory.account("ana").orElseThrow().passwordHash();
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        Argon2Function expected = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        assertThat(Password.check(PASSWORD, stored).with(expected)).isTrue();
        assertThat(Password.check("correct horse battery!", stored).with(expected)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertThat(Accounts.hashPassword(PASSWORD)).isNotEqualTo(Accounts.hashPassword(PASSWORD));
        assertThat(Accounts.checkPassword(PASSWORD, "not a hash")).isFalse();
    }

    @Test
    void passwordRulesAreEnforcedAtRegistration() {
        assertThatThrownBy(() -> accounts.register(ANA, "Ana", "", "short pass1", T0))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> accounts.register(ANA, "Ana", "", "my name is ANA and more", T0))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("must not contain");
        assertThatThrownBy(() -> accounts.register(ANA, "Ana", "", "x".repeat(1025), T0))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> accounts.register(ANA, " ", "", PASSWORD, T0))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("display name");
        assertThat(directory.account("ana")).isEmpty();
        accounts.register(ANA, "Ana", "", "twelve chars", T0);
        assertThatThrownBy(() -> accounts.register(ANA, "Ana again", "", PASSWORD, T0))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("already has an account");
    }

    // ---- login

    @Test
    void aRightPasswordOpensASessionForTheMember() {
        accounts.register(ANA, "Ana", "ana@example.org", PASSWORD, T0);
        Session s = loginOk(ANA, PASSWORD, T0);
        assertThat(s.principal()).isEqualTo(new Principal.Member(ANA));
        assertThat(s.expires()).isEqualTo(T0.plus(Accounts.SESSION_LIFETIME));
        assertThat(accounts.member(s.token(), T0.plusSeconds(60))).contains(ANA);
        assertThat(accounts.operator(s.token(), T0.plusSeconds(60))).isEmpty();
        assertThat(directory.session(Accounts.sha256(s.token()))).as("stored only as its hash").isPresent();
        assertThat(s.toString()).doesNotContain(s.token());
    }

    @Test
    void anUnknownMemberAndAWrongPasswordAreRefusedInTheSameWords() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        Refusal wrong = refusal(accounts.login(ANA, "wrong password!", ADDR, T0));
        Refusal unknown = refusal(accounts.login(MemberId.of("nobody"), PASSWORD, ADDR, T0));
        assertThat(wrong).isEqualTo(unknown).isEqualTo(Refusal.WRONG_CREDENTIALS);
        assertThat(wrong.message()).isEqualTo("wrong member id or password");
    }

    @Test
    void fiveFailuresLockTheMemberForTheWindowEvenWithTheRightPassword() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        for (int i = 0; i < Accounts.MAX_FAILURES_PER_MEMBER; i++) {
            assertThat(refusal(accounts.login(ANA, "wrong password " + i, "198.51.100." + i, T0.plusSeconds(i))))
                    .isEqualTo(Refusal.WRONG_CREDENTIALS);
        }
        Instant locked = T0.plusSeconds(10);
        assertThat(refusal(accounts.login(ANA, PASSWORD, ADDR, locked))).isEqualTo(Refusal.RATE_LIMITED);
        assertThat(Refusal.RATE_LIMITED.message()).contains("too many");
        // The window slides: once the first failure is older than 15 minutes, four remain and the login passes.
        Instant later = T0.plus(Accounts.RATE_WINDOW).plusSeconds(1);
        loginOk(ANA, PASSWORD, later);
    }

    @Test
    void aSuccessClearsTheMembersFailures() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        for (int i = 0; i < 4; i++) {
            accounts.login(ANA, "wrong password " + i, ADDR, T0);
        }
        loginOk(ANA, PASSWORD, T0.plusSeconds(1));
        for (int i = 0; i < 4; i++) {
            accounts.login(ANA, "wrong password " + i, ADDR, T0.plusSeconds(2));
        }
        loginOk(ANA, PASSWORD, T0.plusSeconds(3));
    }

    @Test
    void theLoginBeforeTheLatestIsRememberedAndAFailedOneDoesNotCount() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        loginOk(ANA, PASSWORD, T0);
        assertThat(accounts.previousLogin(ANA)).as("after a first login").isEmpty();
        loginOk(ANA, PASSWORD, T0.plusSeconds(60));
        accounts.login(ANA, "wrong password!", ADDR, T0.plusSeconds(90));
        assertThat(accounts.previousLogin(ANA)).contains(T0);
        loginOk(ANA, PASSWORD, T0.plusSeconds(120));
        assertThat(accounts.previousLogin(ANA)).contains(T0.plusSeconds(60));
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryMember() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        for (int i = 0; i < Accounts.MAX_FAILURES_PER_ADDRESS; i++) {
            accounts.login(MemberId.of("guess" + i), "some password " + i, ADDR, T0);
        }
        assertThat(refusal(accounts.login(ANA, PASSWORD, ADDR, T0.plusSeconds(1)))).isEqualTo(Refusal.RATE_LIMITED);
        loginOk(ANA, PASSWORD, "203.0.113.9", T0.plusSeconds(1));
        loginOk(ANA, PASSWORD, ADDR, T0.plus(Accounts.RATE_WINDOW).plusSeconds(1));
    }

    // ---- sessions

    @Test
    void aSessionExpiresAfterItsLifetimeAndLogoutEndsIt() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        Session s = loginOk(ANA, PASSWORD, T0);
        Instant end = T0.plus(Accounts.SESSION_LIFETIME);
        assertThat(accounts.member(s.token(), end.minusMillis(1))).contains(ANA);
        assertThat(accounts.member(s.token(), end)).isEmpty();
        assertThat(directory.session(Accounts.sha256(s.token()))).as("an expired session is deleted when met").isEmpty();

        Session t = loginOk(ANA, PASSWORD, T0);
        accounts.logout(t.token());
        assertThat(accounts.member(t.token(), T0)).isEmpty();
        assertThat(accounts.member("made-up", T0)).isEmpty();
        assertThat(accounts.member(null, T0)).isEmpty();
    }

    @Test
    void expiredSessionsAreSweptTogether() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        loginOk(ANA, PASSWORD, T0);
        Session later = loginOk(ANA, PASSWORD, T0.plusSeconds(3600));
        assertThat(accounts.endExpiredSessions(T0.plus(Accounts.SESSION_LIFETIME))).isEqualTo(1);
        assertThat(accounts.member(later.token(), T0.plus(Accounts.SESSION_LIFETIME))).contains(ANA);
    }

    // ---- CSRF

    @Test
    void aCsrfTokenIsGoodForOnePostAndAReplayIsRefused() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        Session s = loginOk(ANA, PASSWORD, T0);
        assertThat(accounts.csrfToken(s.token(), T0)).contains(s.csrfToken());
        Optional<String> next = accounts.useCsrfToken(s.token(), s.csrfToken(), T0);
        assertThat(next).isPresent().get().isNotEqualTo(s.csrfToken());
        assertThat(accounts.useCsrfToken(s.token(), s.csrfToken(), T0)).as("replayed").isEmpty();
        assertThat(accounts.csrfToken(s.token(), T0)).isEqualTo(next);
        assertThat(accounts.useCsrfToken(s.token(), next.get(), T0)).isPresent();
    }

    @Test
    void aCsrfTokenIsRefusedWhenWrongMalformedFromAnotherSessionOrAfterExpiry() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        Session s = loginOk(ANA, PASSWORD, T0);
        Session other = loginOk(ANA, PASSWORD, T0);
        assertThat(accounts.useCsrfToken(s.token(), other.csrfToken(), T0)).isEmpty();
        assertThat(accounts.useCsrfToken(s.token(), "!!not base64!!", T0)).isEmpty();
        assertThat(accounts.useCsrfToken(s.token(), "", T0)).isEmpty();
        assertThat(accounts.useCsrfToken(s.token(), null, T0)).isEmpty();
        assertThat(accounts.useCsrfToken("no-session", s.csrfToken(), T0)).isEmpty();
        assertThat(accounts.useCsrfToken(s.token(), s.csrfToken(), T0.plus(Accounts.SESSION_LIFETIME))).isEmpty();
        // A wrong guess does not use the token up.
        assertThat(accounts.useCsrfToken(other.token(), other.csrfToken(), T0)).isPresent();
    }

    @Test
    void theCsrfComparisonIsConstantTime() throws Exception {
        // MessageDigest.isEqual does not stop at the first differing byte; pin that the check uses it.
        String source = java.nio.file.Files.readString(sourceOf(Accounts.class));
        String check = source.substring(source.indexOf("public Optional<String> useCsrfToken"));
        check = check.substring(0, check.indexOf("// ---- API tokens"));
        assertThat(check).contains("MessageDigest.isEqual(stored, given)").doesNotContain("Arrays.equals").doesNotContain(".equals(");
    }

    private static Path sourceOf(Class<?> c) {
        Path root = Path.of("").toAbsolutePath();
        Path p = root.resolve("src/main/java").resolve(c.getName().replace('.', '/') + ".java");
        return p.toFile().exists() ? p : root.resolve("mandate-server/src/main/java").resolve(c.getName().replace('.', '/') + ".java");
    }

    // ---- API tokens

    @Test
    void anApiTokenResolvesToItsMemberUntilRevoked() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        NewApiToken t = accounts.createApiToken(ANA, "nightly export", T0);
        assertThat(accounts.resolveApiToken(t.token())).contains(ANA);
        assertThat(accounts.apiTokens(ANA)).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(t.id());
            assertThat(i.label()).isEqualTo("nightly export");
            assertThat(i.revoked()).isNull();
        });
        assertThat(t.toString()).doesNotContain(t.token());
        assertThat(accounts.revokeApiToken(SEC, t.id(), T0)).as("only its owner revokes it").isFalse();
        assertThat(accounts.revokeApiToken(ANA, "zz", T0)).isFalse();
        assertThat(accounts.revokeApiToken(ANA, t.id(), T0.plusSeconds(1))).isTrue();
        assertThat(accounts.resolveApiToken(t.token())).isEmpty();
        assertThat(accounts.apiTokens(ANA).get(0).revoked()).isEqualTo(T0.plusSeconds(1));
        assertThat(accounts.resolveApiToken("made-up")).isEmpty();
    }

    // ---- reset codes

    @Test
    void aResetCodeSetsANewPasswordOnceAndEndsTheSessions() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        Session before = loginOk(ANA, PASSWORD, T0);
        String code = accounts.issueResetCode(ANA, SEC, T0);
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        String newPassword = "a brand new passphrase";
        Reset reset = accounts.redeemResetCode(ANA, code.toLowerCase().replace("-", " "), newPassword, ADDR, T0.plusSeconds(60));
        assertThat(reset).isEqualTo(new Reset.Done(ANA, SEC, T0, T0.plusSeconds(60)));
        assertThat(accounts.member(before.token(), T0.plusSeconds(61))).as("old sessions end").isEmpty();
        assertThat(refusal(accounts.login(ANA, PASSWORD, ADDR, T0.plusSeconds(61)))).isEqualTo(Refusal.WRONG_CREDENTIALS);
        loginOk(ANA, newPassword, T0.plusSeconds(62));

        assertThat(accounts.redeemResetCode(ANA, code, "yet another passphrase", ADDR, T0.plusSeconds(63)))
                .as("single use").isEqualTo(new Reset.Refused(Refusal.INVALID_CODE));
        loginOk(ANA, newPassword, T0.plusSeconds(64));
    }

    @Test
    void aResetCodeExpiresAndWorksOnlyForItsMember() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        accounts.register(MemberId.of("bea"), "Bea", "", PASSWORD, T0);
        String code = accounts.issueResetCode(ANA, SEC, T0);
        assertThat(accounts.redeemResetCode(MemberId.of("bea"), code, "a brand new passphrase", ADDR, T0))
                .isEqualTo(new Reset.Refused(Refusal.INVALID_CODE));
        assertThat(accounts.redeemResetCode(ANA, code, "a brand new passphrase", ADDR, T0.plus(Accounts.RESET_CODE_LIFETIME)))
                .isEqualTo(new Reset.Refused(Refusal.INVALID_CODE));
        loginOk(ANA, PASSWORD, T0.plus(Accounts.RESET_CODE_LIFETIME));
    }

    @Test
    void aWeakNewPasswordLeavesTheCodeUnused() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        String code = accounts.issueResetCode(ANA, SEC, T0);
        assertThatThrownBy(() -> accounts.redeemResetCode(ANA, code, "short", ADDR, T0)).isInstanceOf(AccountRefused.class);
        assertThat(accounts.redeemResetCode(ANA, code, "a brand new passphrase", ADDR, T0)).isInstanceOf(Reset.Done.class);
    }

    @Test
    void aNewerCodeReplacesTheOlderAndNoOneIssuesTheirOwn() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        String first = accounts.issueResetCode(ANA, SEC, T0);
        String second = accounts.issueResetCode(ANA, SEC, T0.plusSeconds(1));
        assertThat(accounts.redeemResetCode(ANA, first, "a brand new passphrase", ADDR, T0.plusSeconds(2)))
                .isEqualTo(new Reset.Refused(Refusal.INVALID_CODE));
        assertThat(accounts.redeemResetCode(ANA, second, "a brand new passphrase", ADDR, T0.plusSeconds(2))).isInstanceOf(Reset.Done.class);
        assertThatThrownBy(() -> accounts.issueResetCode(ANA, ANA, T0)).isInstanceOf(AccountRefused.class);
    }

    @Test
    void aCodeForAMemberWithNoAccountHereOpensOneWhosePasswordNobodyKnowsUntilRedeemed() {
        MemberId bea = MemberId.of("bea");
        String code = accounts.issueResetCode(bea, SEC, T0);
        assertThat(accounts.hasAccount(bea)).isTrue();
        assertThat(accounts.login(bea, PASSWORD, ADDR, T0)).isInstanceOf(Login.Refused.class);
        assertThatThrownBy(() -> accounts.register(bea, "Bea", "", PASSWORD, T0, true)).isInstanceOf(AccountRefused.class);
        assertThat(accounts.redeemResetCode(bea, code, "a brand new passphrase", ADDR, T0)).isInstanceOf(Reset.Done.class);
        assertThat(accounts.login(bea, "a brand new passphrase", ADDR, T0)).isInstanceOf(Login.Success.class);
    }

    @Test
    void anIdAlreadyInTheRecordCannotBeClaimedByOpeningAnAccount() {
        assertThatThrownBy(() -> accounts.register(ANA, "Not Ana", "", PASSWORD, T0, true))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("one-time code");
        accounts.register(ANA, "Ana", "", PASSWORD, T0, false);
        assertThat(accounts.hasAccount(ANA)).isTrue();
    }

    @Test
    void guessingResetCodesIsRateLimitedLikeLogins() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        String code = accounts.issueResetCode(ANA, SEC, T0);
        for (int i = 0; i < Accounts.MAX_FAILURES_PER_MEMBER; i++) {
            assertThat(accounts.redeemResetCode(ANA, "AAAA-AAAA-AAAA-AAA" + i, "a brand new passphrase", ADDR, T0))
                    .isEqualTo(new Reset.Refused(Refusal.INVALID_CODE));
        }
        assertThat(accounts.redeemResetCode(ANA, code, "a brand new passphrase", ADDR, T0))
                .isEqualTo(new Reset.Refused(Refusal.RATE_LIMITED));
    }

    // ---- the operator

    @Test
    void theOperatorsSessionResolvesToNoMember() {
        accounts.registerOperator("admin", "operator passphrase", T0);
        Login login = accounts.loginOperator("admin", "operator passphrase", ADDR, T0);
        Session s = ((Login.Success) login).session();
        assertThat(s.principal()).isEqualTo(new Operator("admin")).isNotInstanceOf(Principal.Member.class);
        assertThat(accounts.member(s.token(), T0)).isEmpty();
        assertThat(accounts.operator(s.token(), T0)).contains(new Operator("admin"));
        assertThat(directory.account("admin")).isEmpty();
    }

    @Test
    void theOperatorCannotLogInAsAMemberNorAMemberAsTheOperator() {
        accounts.registerOperator("admin", "operator passphrase", T0);
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        assertThat(refusal(accounts.login(MemberId.of("admin"), "operator passphrase", ADDR, T0))).isEqualTo(Refusal.WRONG_CREDENTIALS);
        assertThat(refusal(accounts.loginOperator("ana", PASSWORD, ADDR, T0))).isEqualTo(Refusal.WRONG_CREDENTIALS);
        assertThat(refusal(accounts.loginOperator("admin", "wrong passphrase", ADDR, T0))).isEqualTo(Refusal.WRONG_CREDENTIALS);
    }

    @Test
    void theOperatorIsATypeApartThatNoMemberOnlyOperationAccepts() throws Exception {
        assertThat(Principal.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Principal.Member.class, Operator.class);
        assertThat(MemberId.class.isAssignableFrom(Operator.class)).isFalse();
        // Issuing a reset code takes the issuer as a MemberId: there is no overload an Operator fits.
        assertThat(Accounts.class.getMethod("issueResetCode", MemberId.class, MemberId.class, Instant.class)).isNotNull();
        assertThat(java.util.Arrays.stream(Accounts.class.getMethods())
                .filter(m -> m.getName().equals("issueResetCode") || m.getName().equals("redeemResetCode"))
                .flatMap(m -> java.util.Arrays.stream(m.getParameterTypes())))
                .doesNotContain(Operator.class, Principal.class);
    }

    @Test
    void timeIsAParameter() {
        accounts.register(ANA, "Ana", "", PASSWORD, T0);
        // A session opened in the far past or future behaves by the time given, not by any clock.
        Instant far = Instant.parse("2100-01-01T00:00:00Z");
        Session s = loginOk(ANA, PASSWORD, far);
        assertThat(accounts.member(s.token(), far.plus(Duration.ofHours(11)))).contains(ANA);
        assertThat(accounts.member(s.token(), far.plus(Duration.ofHours(12)))).isEmpty();
    }
}
