package org.mandate.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.credit.Books.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.Scenario;
import org.mandate.core.Summary;
import org.mandate.core.credit.CreditCommand.*;
import org.mandate.core.proposal.Motion;

/**
 * Random streams of payments, invoices, answers and clearings, good and bad, on the books of
 * {@link Books}: after every command the balances sum to zero, no account an accepted command took
 * money from is below its limit, no invoice owes less than nothing or more than its amount, a refusal
 * changes nothing, and replaying the events rebuilds exactly the same state.
 */
class CreditPropertiesTest {
    private static final int RUNS = Integer.getInteger("mandate.runs", 6);
    private static final int STEPS = Integer.getInteger("mandate.steps", 400);
    private static final List<String> BODIES = List.of("bakery", "mill", "dairy");
    private static final List<String> OTHERS = List.of("ben", "dan", "fay", "gus");

    private static Scenario base;

    private static synchronized Scenario base() {
        if (base == null) {
            Scenario s = adopted();
            decide(s, "food.limit.bakery", new Motion.SetCreditLimit(b("bakery"), 3_000));
            decide(s, "food.limit.mill", new Motion.SetCreditLimit(b("mill"), 1_000));
            // the decisions take about ten days each: the first clearing falls due a month into the walk
            Instant first = s.now().plus(Duration.ofDays(90));
            for (int k = 0; k < 6; k++) {
                decide(s, "food.clear." + k, new Motion.ScheduleClearing("c" + k, first.plus(Duration.ofDays(25L * k)), k % 2 == 1));
            }
            base = s;
        }
        return base;
    }

    @Test
    void random_streams_keep_balances_at_zero_and_within_limits_and_replay_exactly() {
        long first = Long.getLong("mandate.seed", 20261125L); // fixed so CI repeats; -Dmandate.seed explores
        for (int run = 0; run < RUNS; run++) {
            long seed = first + run;
            System.out.println("CreditPropertiesTest seed " + seed);
            try {
                walk(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " (rerun with -Dmandate.seed=" + seed + " -Dmandate.runs=1): " + e.getMessage(), e);
            }
        }
    }

    private void walk(long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<Event> history = new ArrayList<>(base().history());
        Federation state = Mandate.replay(history);
        Instant now = base().now();
        int invoices = 0;
        int accepted = 0;
        for (int step = 0; step < STEPS; step++) {
            now = now.plus(Duration.ofMinutes(1 + random.nextInt(24 * 60)));
            Ledger ledger = state.credit().of(b(FOOD));
            Map<BodyId, Long> before = new HashMap<>(ledger.balances());
            String actor = null;
            Command command;
            List<ScheduledClearing> due = state.credit().due(state, now);
            if (!due.isEmpty() && random.nextInt(3) > 0) {
                command = clearing(random, state, ledger, due.get(0));
            } else {
                String from = BODIES.get(random.nextInt(BODIES.size()));
                String to = BODIES.get(random.nextInt(BODIES.size()));
                actor = random.nextInt(12) == 0 ? OTHERS.get(random.nextInt(OTHERS.size())) : TREASURER.get(from);
                long amount = random.nextInt(20) == 0 ? -random.nextInt(5) : 1 + random.nextInt(900);
                command = switch (random.nextInt(9)) {
                    case 0, 1 -> pay(from, to, amount);
                    case 2 -> payInvoice(random, ledger, amount);
                    case 3, 4, 5 -> invoice("i" + (random.nextInt(15) == 0 ? invoices : ++invoices), from, to, amount);
                    default -> answer(random, ledger, state);
                };
                if (command instanceof AcceptInvoice || command instanceof DisputeInvoice) {
                    Invoice i = ledger.invoice(command instanceof AcceptInvoice a ? a.invoice() : ((DisputeInvoice) command).invoice());
                    actor = i == null || random.nextInt(12) == 0 ? OTHERS.get(random.nextInt(OTHERS.size()))
                            : TREASURER.get(i.debtor().value());
                } else if (command instanceof MakePayment p && p.invoice() != null) {
                    actor = TREASURER.get(p.from().value());
                }
            }
            long events = state.eventCount();
            Outcome o = Mandate.execute(state, command, new Context(actor == null ? null : new MemberId(actor), now));
            if (o instanceof Outcome.Accepted a) {
                history.addAll(a.events());
                accepted++;
                for (BodyId body : ledger.balances().keySet()) {
                    long after = ledger.balance(body);
                    if (after < before.getOrDefault(body, 0L)) {
                        assertThat(after).as("%s paid out by %s", body, command).isGreaterThanOrEqualTo(-ledger.limit(state, body, now));
                    }
                }
            } else {
                assertThat(state.eventCount()).as("a refusal changes nothing").isEqualTo(events);
                assertThat(ledger.balances()).isEqualTo(before);
            }
            assertThat(ledger.total()).as("balances sum to zero").isZero();
            for (Invoice i : ledger.invoices()) {
                assertThat(i.outstanding()).isBetween(0L, i.amount());
            }
        }
        assertThat(accepted).as("the stream did something").isGreaterThan(STEPS / 4);
        assertThat(state.credit().of(b(FOOD)).clearings()).as("clearings set off and settled").anyMatch(c -> c.setOff() > 0)
                .anyMatch(c -> c.settled() > 0);
        assertThat(Summary.of(Mandate.replay(history))).isEqualTo(Summary.of(state));
    }

    private static Command payInvoice(RandomGenerator random, Ledger ledger, long amount) {
        List<Invoice> open = ledger.invoices().stream().filter(Invoice::clearable).toList();
        if (open.isEmpty()) {
            return pay("bakery", "mill", amount);
        }
        Invoice i = open.get(random.nextInt(open.size()));
        long pays = random.nextBoolean() ? Math.min(amount, i.outstanding()) : amount;
        return new MakePayment(b(FOOD), i.debtor(), i.creditor(), pays, "paying " + i.id(), i.id());
    }

    private static Command answer(RandomGenerator random, Ledger ledger, Federation state) {
        List<Invoice> all = List.copyOf(ledger.invoices());
        if (all.isEmpty()) {
            return new AcceptInvoice("none");
        }
        Invoice i = all.get(random.nextInt(all.size()));
        return random.nextInt(4) == 0 ? new DisputeInvoice(i.id(), "Not as ordered") : new AcceptInvoice(i.id());
    }

    /**
     * A clearing as the server might send it: cycles found among the accepted invoices with something
     * left, each set off by part of its least capacity, and sometimes settlements; now and then a line is
     * spoiled (too much set off, a net position moved), which the core must refuse.
     */
    private static Command clearing(RandomGenerator random, Federation state, Ledger ledger, ScheduledClearing due) {
        Map<String, Long> left = new HashMap<>();
        for (Invoice i : ledger.invoices()) {
            if (i.clearable()) {
                left.put(i.id(), i.outstanding());
            }
        }
        Map<String, Long> setOff = new HashMap<>();
        List<String> ids = new ArrayList<>(left.keySet());
        ids.sort(null);
        for (int tries = 0; tries < 6 && !ids.isEmpty(); tries++) {
            Invoice start = ledger.invoice(ids.get(random.nextInt(ids.size())));
            List<String> path = path(ledger, left, start.creditor(), start.debtor());
            if (left.get(start.id()) == 0 || path == null) {
                continue;
            }
            path.add(start.id());
            long capacity = path.stream().mapToLong(left::get).min().orElseThrow();
            long amount = 1 + random.nextLong(capacity);
            for (String id : path) {
                left.merge(id, -amount, Long::sum);
                setOff.merge(id, amount, Long::sum);
            }
        }
        List<ClearingLine> lines = new ArrayList<>();
        for (String id : ids) {
            long settled = due.settleThroughCredit() && random.nextInt(3) == 0 ? random.nextLong(left.get(id) + 1) / 4 : 0;
            lines.add(new ClearingLine(id, setOff.getOrDefault(id, 0L), settled));
        }
        if (!lines.isEmpty() && random.nextInt(6) == 0) {
            ClearingLine spoiled = lines.get(random.nextInt(lines.size()));
            lines.set(lines.indexOf(spoiled), new ClearingLine(spoiled.invoice(), spoiled.setOff() + 1, spoiled.settled()));
        }
        return new ApplyClearing(b(FOOD), due.id(), lines);
    }

    /** Invoices from {@code from} to {@code to} along debtor to creditor, each with something left; null if none. */
    private static List<String> path(Ledger ledger, Map<String, Long> left, BodyId from, BodyId to) {
        Map<BodyId, String> via = new HashMap<>();
        ArrayDeque<BodyId> todo = new ArrayDeque<>(List.of(from));
        via.put(from, null);
        while (!todo.isEmpty()) {
            BodyId at = todo.poll();
            if (at.equals(to)) {
                List<String> path = new ArrayList<>();
                for (BodyId b = to; via.get(b) != null; b = ledger.invoice(via.get(b)).debtor()) {
                    path.add(0, via.get(b));
                }
                return path;
            }
            for (Invoice i : ledger.invoices()) {
                if (i.debtor().equals(at) && left.getOrDefault(i.id(), 0L) > 0 && !via.containsKey(i.creditor())) {
                    via.put(i.creditor(), i.id());
                    todo.add(i.creditor());
                }
            }
        }
        return null;
    }
}
