package org.mandate.server.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mandate.core.MemberId;
import org.mandate.store.Directory;

/**
 * Accounts of members and of the server's operator: registration, login with Argon2id password hashes,
 * sessions with single-use CSRF tokens, API tokens, login rate limiting and one-time reset codes.
 *
 * <p>Authentication only: who is asking. What they may do comes only from the record (offices, roles,
 * memberships), decided elsewhere. Every method that depends on time takes {@code now}; the server passes
 * its clock, and nothing here reads one. Randomness comes from a {@link SecureRandom}. Secrets (session
 * tokens, API tokens, reset codes) are stored only as their SHA-256, so a copy of the database opens no
 * session. See docs/decisions/2026-11-25-accounts.md for the numbers and why.
 */
public final class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Long enough for any passphrase; bounds the work an attacker can ask of the hash. */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    /** Argon2id, OWASP's first recommended setting: 19 MiB of memory, 2 passes, 1 lane. */
    public static final int ARGON2_MEMORY_KIB = 19 * 1024;
    public static final int ARGON2_ITERATIONS = 2;
    public static final int ARGON2_PARALLELISM = 1;
    public static final int ARGON2_OUTPUT_BYTES = 32;
    public static final int SALT_BYTES = 16;

    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    public static final Duration RATE_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_FAILURES_PER_MEMBER = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration RESET_CODE_LIFETIME = Duration.ofHours(24);

    /** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CODE_LENGTH = 16; // 80 bits
    private static final int TOKEN_BYTES = 32;
    /** Login attempts of operators are counted under this prefix; '/' cannot occur in a member id. */
    private static final String OPERATOR_KEY = "operator/";

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(
            ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_PARALLELISM, ARGON2_OUTPUT_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    private final Directory directory;
    private final SecureRandom random;
    /** Checked against when the member id is unknown, so that an unknown id costs the same time as a wrong password. */
    private final String decoyHash;

    public Accounts(Directory directory, SecureRandom random) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.random = Objects.requireNonNull(random, "random");
        this.decoyHash = hashPassword(token());
    }

    public Accounts(Directory directory) {
        this(directory, new SecureRandom());
    }

    // ---- passwords

    /** An encoded Argon2id hash ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) with a fresh random salt. */
    public static String hashPassword(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult();
    }

    /** Checks a password against an encoded hash, with the parameters written in the hash. */
    public static boolean checkPassword(String password, String encodedHash) {
        try {
            return Password.check(password, encodedHash).with(Argon2Function.getInstanceFromHash(encodedHash));
        } catch (RuntimeException e) {
            return false; // a malformed stored hash matches nothing
        }
    }

    /** Refuses a password that breaks a rule, saying which; {@code name} is the member id or operator name. */
    static void checkRules(String name, String password) {
        if (password == null) {
            throw new AccountRefused("a password is needed");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            throw new AccountRefused("the password must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw new AccountRefused("the password must be at most " + MAX_PASSWORD_LENGTH + " characters long");
        }
        if (password.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            throw new AccountRefused("the password must not contain the account's id");
        }
    }

    // ---- registration

    /**
     * Opens a new member's account, for an id the record does not know yet ({@code inRecord} false): an id
     * already in the record without an account belongs to someone who registered before (a demo member, an
     * imported federation's member), and taking it would let a stranger act in their name. They get in with
     * a one-time code from an office of their assembly instead ({@link #issueResetCode}).
     */
    public void register(MemberId member, String displayName, String contact, String password, Instant now, boolean inRecord) {
        if (inRecord && !hasAccount(member)) {
            throw new AccountRefused("member " + member + " is already in the record; if that is you, ask an office-holder of your"
                    + " assembly for a one-time code and set your password with it");
        }
        register(member, displayName, contact, password, now);
    }

    /** Creates a member's account. Throws {@link AccountRefused} if a rule is broken or the member has one. */
    public void register(MemberId member, String displayName, String contact, String password, Instant now) {
        Objects.requireNonNull(member, "member");
        if (displayName == null || displayName.isBlank()) {
            throw new AccountRefused("a display name is needed");
        }
        checkRules(member.value(), password);
        Directory.Account account = new Directory.Account(member.value(), displayName.strip(),
                contact == null ? "" : contact.strip(), hashPassword(password), now);
        if (!directory.createAccount(account)) {
            throw new AccountRefused("member " + member + " already has an account");
        }
    }

    /** Creates an operator account: in its own table, never a member. */
    public void registerOperator(String name, String password, Instant now) {
        if (name == null || name.isBlank()) {
            throw new AccountRefused("an operator needs a name");
        }
        checkRules(name, password);
        if (!directory.createOperator(new Directory.OperatorAccount(name, hashPassword(password), now))) {
            throw new AccountRefused("there is already an operator named " + name);
        }
    }

    // ---- login

    /**
     * Logs a member in. Refused as {@link Refusal#RATE_LIMITED} after {@value #MAX_FAILURES_PER_MEMBER}
     * failures for this member id, or {@value #MAX_FAILURES_PER_ADDRESS} from this address, within
     * {@link #RATE_WINDOW} (without checking the password, so a locked account costs no hashing); otherwise
     * {@link Refusal#WRONG_CREDENTIALS} alike for an unknown member and a wrong password, after the same work.
     */
    public Login login(MemberId member, String password, String remoteAddress, Instant now) {
        String key = member.value();
        Optional<String> hash = directory.account(key).map(Directory.Account::passwordHash);
        return login(key, hash, password, remoteAddress, now, new Principal.Member(member));
    }

    /** Logs the operator in, with the same rules and limits as a member. */
    public Login loginOperator(String name, String password, String remoteAddress, Instant now) {
        Optional<String> hash = directory.operator(name).map(Directory.OperatorAccount::passwordHash);
        return login(OPERATOR_KEY + name, hash, password, remoteAddress, now, new Operator(name));
    }

    private Login login(String key, Optional<String> hash, String password, String remoteAddress, Instant now, Principal who) {
        if (rateLimited(key, remoteAddress, now)) {
            return new Login.Refused(Refusal.RATE_LIMITED);
        }
        boolean ok = checkPassword(password == null ? "" : password, hash.orElse(decoyHash)) && hash.isPresent();
        directory.recordLoginAttempt(key, remoteAddress, now, ok);
        if (!ok) {
            return new Login.Refused(Refusal.WRONG_CREDENTIALS);
        }
        if (who instanceof Principal.Member m) {
            directory.recordLogin(m.id().value(), now);
        }
        return new Login.Success(openSession(who, now));
    }

    /**
     * When the member logged in before their latest login: what happened to their account since then (a
     * reset code given for them) is what they are shown. Empty before their second login.
     */
    public Optional<Instant> previousLogin(MemberId member) {
        return directory.previousLogin(member.value());
    }

    /** Whether the member has an account here, so that a reset code for them would reset something. */
    public boolean hasAccount(MemberId member) {
        return directory.account(member.value()).isPresent();
    }

    private boolean rateLimited(String key, String remoteAddress, Instant now) {
        Instant since = now.minus(RATE_WINDOW);
        return directory.failuresOfMember(key, since) >= MAX_FAILURES_PER_MEMBER
                || directory.failuresFromAddress(remoteAddress, since) >= MAX_FAILURES_PER_ADDRESS;
    }

    /** Forgets login attempts older than the rate window: they no longer count. */
    public int pruneLoginAttempts(Instant now) {
        return directory.pruneLoginAttempts(now.minus(RATE_WINDOW));
    }

    // ---- sessions

    private Session openSession(Principal who, Instant now) {
        String token = token();
        byte[] csrf = bytes(TOKEN_BYTES);
        Instant expires = now.plus(SESSION_LIFETIME);
        String member = who instanceof Principal.Member m ? m.id().value() : null;
        String operator = who instanceof Operator o ? o.name() : null;
        directory.createSession(new Directory.Session(sha256(token), member, operator, now, expires, csrf));
        return new Session(token, who, expires, encode(csrf));
    }

    /** Whom the session stands for, if it exists and has not expired (an expired one is deleted). */
    public Optional<Principal> principal(String sessionToken, Instant now) {
        return liveSession(sessionToken, now).map(s -> s.memberId() != null
                ? new Principal.Member(MemberId.of(s.memberId()))
                : new Operator(s.operator()));
    }

    /** The member the session stands for; empty for an operator's session, an unknown or an expired one. */
    public Optional<MemberId> member(String sessionToken, Instant now) {
        return principal(sessionToken, now).flatMap(p -> p instanceof Principal.Member m ? Optional.of(m.id()) : Optional.empty());
    }

    /** The operator the session stands for; empty for a member's session, an unknown or an expired one. */
    public Optional<Operator> operator(String sessionToken, Instant now) {
        return principal(sessionToken, now).flatMap(p -> p instanceof Operator o ? Optional.of(o) : Optional.empty());
    }

    private Optional<Directory.Session> liveSession(String sessionToken, Instant now) {
        if (sessionToken == null) {
            return Optional.empty();
        }
        byte[] hash = sha256(sessionToken);
        Optional<Directory.Session> found = directory.session(hash);
        if (found.isPresent() && !now.isBefore(found.get().expires())) {
            directory.deleteSession(hash);
            return Optional.empty();
        }
        return found;
    }

    /** Ends a session (logout). */
    public void logout(String sessionToken) {
        if (sessionToken != null) {
            directory.deleteSession(sha256(sessionToken));
        }
    }

    /** Deletes every expired session; returns how many. */
    public int endExpiredSessions(Instant now) {
        return directory.deleteExpiredSessions(now);
    }

    // ---- CSRF

    /** The CSRF token to put in the session's next form, if the session is live. */
    public Optional<String> csrfToken(String sessionToken, Instant now) {
        return liveSession(sessionToken, now).map(s -> encode(s.csrfSecret()));
    }

    /**
     * Checks the CSRF token of a state-changing post and uses it up: compared in constant time with the
     * session's current token, then replaced atomically, so the same token is refused the second time
     * (a replay, or the loser of two racing posts). Returns the token for the next form, or empty if
     * refused (no live session, wrong or already-used token).
     */
    public Optional<String> useCsrfToken(String sessionToken, String presented, Instant now) {
        Optional<Directory.Session> session = liveSession(sessionToken, now);
        if (session.isEmpty() || presented == null) {
            return Optional.empty();
        }
        byte[] stored = session.get().csrfSecret();
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(presented);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(stored, given)) {
            return Optional.empty();
        }
        byte[] next = bytes(TOKEN_BYTES);
        return directory.replaceCsrfSecret(session.get().tokenHash(), stored, next) ? Optional.of(encode(next)) : Optional.empty();
    }

    // ---- API tokens

    /** Creates an API token for a member's scripts; the token is returned once and stored as its hash. */
    public NewApiToken createApiToken(MemberId member, String label, Instant now) {
        String token = token();
        byte[] hash = sha256(token);
        directory.createApiToken(new Directory.ApiToken(hash, member.value(), label == null ? "" : label.strip(), now, null));
        return new NewApiToken(HexFormat.of().formatHex(hash), token);
    }

    /** The member an API token stands for, if it exists and is not revoked. Tokens are only ever members'. */
    public Optional<MemberId> resolveApiToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return directory.apiToken(sha256(token)).filter(t -> t.revoked() == null).map(t -> MemberId.of(t.memberId()));
    }

    public List<ApiTokenInfo> apiTokens(MemberId member) {
        return directory.apiTokensOf(member.value()).stream()
                .map(t -> new ApiTokenInfo(HexFormat.of().formatHex(t.tokenHash()), t.label(), t.created(), t.revoked()))
                .toList();
    }

    /** Revokes one of the member's own tokens by its id; false if it is not theirs or already revoked. */
    public boolean revokeApiToken(MemberId member, String id, Instant now) {
        byte[] hash;
        try {
            hash = HexFormat.of().parseHex(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return directory.revokeApiToken(hash, member.value(), now);
    }

    // ---- reset codes

    /**
     * Issues a one-time reset code for {@code member}, good for {@link #RESET_CODE_LIFETIME}, replacing any
     * unused one. Call only once the record has accepted {@code issue-reset-code} by {@code issuedBy} (the
     * core decides who may: an office of the member's own assembly listing {@code issue-reset-code}, never for
     * themselves). An operator cannot issue one: the issuer is a member by type. Returns the code, shown once
     * to the issuer, stored as its hash.
     */
    public String issueResetCode(MemberId member, MemberId issuedBy, Instant now) {
        if (member.equals(issuedBy)) {
            throw new AccountRefused("a member cannot issue a reset code for themselves");
        }
        if (directory.account(member.value()).isEmpty()) {
            // A member of the record who never opened an account here: the code is how they get one. Until they
            // redeem it, the account's password is a secret nobody holds.
            directory.createAccount(new Directory.Account(member.value(), member.value(), "",
                    hashPassword(HexFormat.of().formatHex(bytes(32))), now));
        }
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        directory.issueResetCode(new Directory.ResetCode(sha256(code.toString()), member.value(), issuedBy.value(),
                now, now.plus(RESET_CODE_LIFETIME), null));
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    /**
     * Redeems a reset code with a new password: once, before it expires, by the member it was issued for.
     * Ends the member's sessions. Failed tries count against the same limits as logins. Throws
     * {@link AccountRefused} if the new password breaks a rule (and the code stays unused).
     */
    public Reset redeemResetCode(MemberId member, String code, String newPassword, String remoteAddress, Instant now) {
        checkRules(member.value(), newPassword);
        if (rateLimited(member.value(), remoteAddress, now)) {
            return new Reset.Refused(Refusal.RATE_LIMITED);
        }
        Optional<Directory.ResetCode> used = directory.redeemResetCode(sha256(normalise(code)), member.value(), now, hashPassword(newPassword));
        if (used.isEmpty()) {
            directory.recordLoginAttempt(member.value(), remoteAddress, now, false);
            return new Reset.Refused(Refusal.INVALID_CODE);
        }
        return new Reset.Done(member, MemberId.of(used.get().issuedBy()), used.get().issuedAt(), now);
    }

    /** Upper case, without spaces and dashes, with the letters Crockford's base32 reads as digits mapped. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(code.length());
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> s.append('0');
                case 'I', 'L' -> s.append('1');
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    // ---- plumbing

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private String token() {
        return encode(bytes(TOKEN_BYTES));
    }

    private static String encode(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
