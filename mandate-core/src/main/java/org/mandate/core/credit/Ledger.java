package org.mandate.core.credit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.proposal.Proposal;

/**
 * One council's mutual credit: its unit, every account's balance and history, the limit decisions, the
 * invoices between its member bodies and its clearings. Mutated only by {@link CreditEvolution}.
 *
 * <p>Decisions are kept with the proposal that took them, and a decision the member bodies annulled
 * stops counting at once: an annulled adoption suspends the accounts, an annulled limit gives way to
 * the one before it, an annulled clearing never falls due. Nothing already paid is undone.
 */
public final class Ledger {
    /** A limit decision: for one body, or (with no body) a rule for all. It took effect when its proposal closed. */
    public record LimitSetting(ProposalId decision, BodyId body, long limit, LimitRule rule) {}

    private record Receipt(Instant at, long amount) {}

    private final BodyId council;
    private String unit;
    private ProposalId decision;
    private Instant adoptedAt;
    private final Map<BodyId, Long> balances = new TreeMap<>();
    private final Map<BodyId, List<Movement>> history = new HashMap<>();
    private final Map<BodyId, List<Receipt>> turnover = new HashMap<>();
    private final List<LimitSetting> limits = new ArrayList<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, ScheduledClearing> clearings = new LinkedHashMap<>();

    Ledger(BodyId council) {
        this.council = council;
    }

    public BodyId council() { return council; }

    public String unit() { return unit; }

    public ProposalId decision() { return decision; }

    public Instant adoptedAt() { return adoptedAt; }

    /** Whether the adoption stands: adopted and not annulled. */
    public boolean active(Federation state) {
        return standing(state, decision);
    }

    /**
     * Whether the body has an account: every member body of the council has one, from the moment of
     * the later of the adoption and its admission; a body that left keeps the account it used, so that
     * its balance and its invoices stay in the books.
     */
    public boolean hasAccount(Federation state, BodyId body) {
        if (balances.containsKey(body)) {
            return true;
        }
        Body c = state.body(council);
        return c != null && c.memberBodies().containsKey(body);
    }

    /** Every account, in order of body id: the member bodies now, and any other body that used one. */
    public List<BodyId> accounts(Federation state) {
        TreeSet<BodyId> all = new TreeSet<>(balances.keySet());
        Body c = state.body(council);
        if (c != null) {
            all.addAll(c.memberBodies().keySet());
        }
        return List.copyOf(all);
    }

    public long balance(BodyId body) {
        return balances.getOrDefault(body, 0L);
    }

    /** The sum of every balance: zero, always. */
    public long total() {
        long sum = 0;
        for (long b : balances.values()) {
            sum += b;
        }
        return sum;
    }

    public Map<BodyId, Long> balances() {
        return Collections.unmodifiableMap(balances);
    }

    /** The account's movements, oldest first. */
    public List<Movement> history(BodyId body) {
        return Collections.unmodifiableList(history.getOrDefault(body, List.of()));
    }

    /** A body's limit and where it comes from: the decision that set it (null when none did), by rule or for the body alone. */
    public record Limit(long amount, ProposalId decision, boolean byRule) {}

    /**
     * How far below zero the body may go at {@code now}: set by the latest limit decision still standing
     * that covers it, a per-body limit or a rule (a rule adopted later replaces earlier per-body limits;
     * a per-body limit set later overrides the rule for that body). Zero when the council set none.
     */
    public long limit(Federation state, BodyId body, Instant now) {
        return limitOf(state, body, now).amount();
    }

    /** As {@link #limit}, with the decision it comes from. */
    public Limit limitOf(Federation state, BodyId body, Instant now) {
        for (int i = limits.size() - 1; i >= 0; i--) {
            LimitSetting s = limits.get(i);
            if ((s.body() == null || s.body().equals(body)) && standing(state, s.decision())) {
                return s.rule() == null ? new Limit(s.limit(), s.decision(), false)
                        : new Limit(s.rule().limit(turnover(body, now, s.rule().months())), s.decision(), true);
            }
        }
        return new Limit(0, null, false);
    }

    /** Every limit decision that took effect, in order, annulled ones too (a page of an account's history shows each). */
    public List<LimitSetting> limitSettings() {
        return Collections.unmodifiableList(limits);
    }

    /** The rule in force now, if any; null when limits are set body by body (or not at all). */
    public LimitRule rule(Federation state) {
        for (int i = limits.size() - 1; i >= 0; i--) {
            LimitSetting s = limits.get(i);
            if (s.body() == null && standing(state, s.decision())) {
                return s.rule();
            }
        }
        return null;
    }

    /** What the body received as a creditor in the {@code months} months up to {@code now} (see {@link LimitRule}). */
    public long turnover(BodyId body, Instant now, int months) {
        Instant from = now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<Receipt> list = turnover.getOrDefault(body, List.of());
        long sum = 0;
        for (int i = list.size() - 1; i >= 0 && list.get(i).at().isAfter(from); i--) {
            if (!list.get(i).at().isAfter(now)) {
                sum += list.get(i).amount();
            }
        }
        return sum;
    }

    public Invoice invoice(String id) {
        return invoices.get(id);
    }

    /** Every invoice in the council's unit, in the order recorded. */
    public java.util.Collection<Invoice> invoices() {
        return Collections.unmodifiableCollection(invoices.values());
    }

    public ScheduledClearing clearing(String id) {
        return clearings.get(id);
    }

    /** Every clearing scheduled, in the order decided. */
    public java.util.Collection<ScheduledClearing> clearings() {
        return Collections.unmodifiableCollection(clearings.values());
    }

    /** Whether a clearing's decision still stands (scheduled and not annulled). */
    public boolean standing(Federation state, ScheduledClearing c) {
        return standing(state, c.decision());
    }

    private static boolean standing(Federation state, ProposalId decision) {
        if (decision == null) {
            return false;
        }
        Proposal p = state.proposal(decision);
        return p == null || p.annulledBy() == null;
    }

    // --- changed only by CreditEvolution ---

    void adopt(String unit, ProposalId decision, Instant at) {
        this.unit = unit;
        this.decision = decision;
        this.adoptedAt = at;
    }

    void limit(LimitSetting setting) {
        limits.add(setting);
    }

    void schedule(ScheduledClearing c) {
        clearings.put(c.id(), c);
    }

    void open(BodyId body) {
        balances.putIfAbsent(body, 0L);
    }

    void move(BodyId body, Movement m) {
        balances.put(body, m.balance());
        history.computeIfAbsent(body, k -> new ArrayList<>()).add(m);
    }

    void received(BodyId body, Instant at, long amount) {
        turnover.computeIfAbsent(body, k -> new ArrayList<>()).add(new Receipt(at, amount));
    }

    void add(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
    }

    Map<BodyId, Long> balancesNow() {
        return new HashMap<>(balances);
    }
}
