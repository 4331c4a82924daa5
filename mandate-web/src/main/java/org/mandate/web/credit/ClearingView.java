package org.mandate.web.credit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.economy.clearing.BodyClearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.FederationClearing;
import org.mandate.economy.clearing.InvoiceSetOff;
import org.mandate.economy.clearing.SetOffCycle;
import org.mandate.server.credit.ClearingReplay;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A clearing's report, recomputed from what the record kept of it: the federation's totals before and
 * after against the net-internal-debt bound (and what settlement through the accounts cleared beyond,
 * when the council chose it), each body's position before and after, the largest cycles it cancelled,
 * drawn and in a table, and each invoice's line. Bodies and invoices a page at a time.
 */
public record ClearingView(String council, String councilName, String id, String unit, String status, String when, Ref decision,
        boolean settle, boolean applied, String appliedAt, List<Fact> totals, List<BodyRow> bodies, int bodyPage, int bodyPages,
        List<Drawn> drawn, List<CycleRow> cycles, int cycleCount, List<LineRow> invoices, int invoicePage, int invoicePages) {

    /** Cycles listed in the table, and how many of them are drawn. */
    static final int CYCLES = 10;
    static final int DRAWN = 4;
    static final int PAGE = 100;

    /** One body before and after; settlement and balances only when the council chose to settle. */
    public record BodyRow(Ref body, String owedBefore, String owedAfter, String owingBefore, String owingAfter, String net, String setOff,
            String share, String settledIn, String settledOut, String balanceBefore, String balanceAfter) {}

    /** One of the largest cycles: the bodies around it in words, the invoices, and what came off each and in all. */
    public record CycleRow(int number, String path, List<Ref> invoices, String amount, String cancelled) {}

    /** A drawn cycle with its caption. */
    public record Drawn(int number, String caption, Rings rings) {}

    public record LineRow(Ref invoice, Ref debtor, Ref creditor, String before, String setOff, String settled, String remaining) {}

    static ClearingView of(Federation state, Ledger ledger, ScheduledClearing c, int bodyPage, int invoicePage, Text t) {
        BodyId council = ledger.council();
        String unit = ledger.unit();
        String status = c.applied() ? "applied" : ledger.standing(state, c) ? "scheduled" : "annulled";
        List<Fact> totals = new ArrayList<>();
        List<BodyRow> bodies = new ArrayList<>();
        List<Drawn> drawn = new ArrayList<>();
        List<CycleRow> cycles = new ArrayList<>();
        List<LineRow> lines = new ArrayList<>();
        int cycleCount = 0;
        int bp = 1;
        int bps = 1;
        int ip = 1;
        int ips = 1;
        if (c.applied()) {
            ClearingResult result = ClearingReplay.explain(c);
            totals = totals(result.federation(), c.settled(), c.settleThroughCredit(), unit, t);
            List<BodyClearing> all = result.bodies();
            bps = pages(all.size());
            bp = Math.min(Math.max(1, bodyPage), bps);
            Map<BodyId, long[]> settled = settledByBody(c);
            for (BodyClearing b : all.subList((bp - 1) * PAGE, Math.min(all.size(), bp * PAGE))) {
                bodies.add(body(state, council, c, b, settled.getOrDefault(b.body(), new long[2])));
            }
            cycleCount = result.cycleCount();
            List<SetOffCycle> largest = result.cycles().stream()
                    .sorted(Comparator.comparingLong((SetOffCycle s) -> -s.amount() * s.length()).thenComparingInt(SetOffCycle::number))
                    .limit(CYCLES).toList();
            for (SetOffCycle s : largest) {
                cycles.add(new CycleRow(s.number(), InvoiceRow.cycle(state, s, unit).path(),
                        s.invoices().stream().map(i -> Books.invoice(ledger.invoice(i).debtor(), i, i)).toList(), Amounts.of(s.amount(), unit),
                        Amounts.of(s.amount() * s.length(), unit)));
                if (drawn.size() < DRAWN) {
                    drawn.add(draw(state, ledger, s, unit, t));
                }
            }
            List<InvoiceSetOff> setOffs = result.invoiceSetOffs();
            ips = pages(setOffs.size());
            ip = Math.min(Math.max(1, invoicePage), ips);
            for (InvoiceSetOff s : setOffs.subList((ip - 1) * PAGE, Math.min(setOffs.size(), ip * PAGE))) {
                lines.add(line(state, council, c, s));
            }
        }
        return new ClearingView(council.value(), Books.name(state, council), c.id(), unit, t.plain("clearing.status." + status),
                Words.when(c.when()), Books.decision(state, c.decision()), c.settleThroughCredit(), c.applied(), Words.when(c.appliedAt()), totals,
                bodies, bp, bps, drawn, cycles, cycleCount, lines, ip, ips);
    }

    private static List<Fact> totals(FederationClearing f, long settled, boolean settle, String unit, Text t) {
        List<Fact> out = new ArrayList<>();
        out.add(new Fact(t.plain("clearing.took.part"), t.plain("clearing.took.part.value", Amounts.number(f.invoices()), Amounts.number(f.bodies()))));
        out.add(new Fact(t.plain("clearing.before"), Amounts.of(f.totalBefore(), unit)));
        out.add(new Fact(t.plain("clearing.setoff"), t.plain("clearing.share", Amounts.of(f.setOff(), unit), Amounts.share(f.shareCleared()))));
        out.add(new Fact(t.plain("clearing.after"), Amounts.of(f.remaining(), unit)));
        out.add(new Fact(t.plain("clearing.bound"), Amounts.of(f.netInternalDebt(), unit)));
        out.add(new Fact(t.plain("clearing.over.bound"), Amounts.ratio(f.remainingOverBound())));
        if (settle) {
            out.add(new Fact(t.plain("clearing.settled"), Amounts.of(settled, unit)));
            out.add(new Fact(t.plain("clearing.after.settled"), Amounts.of(f.remaining() - settled, unit)));
            double share = f.totalBefore() == 0 ? 0 : (double) (f.setOff() + settled) / f.totalBefore();
            out.add(new Fact(t.plain("clearing.share.credit"), Amounts.share(share)));
        }
        return out;
    }

    /** Per body, what settlement paid it ([0]) and what it paid ([1]). */
    private static Map<BodyId, long[]> settledByBody(ScheduledClearing c) {
        Map<BodyId, long[]> moved = new TreeMap<>();
        for (ScheduledClearing.Participant p : c.participants()) {
            ClearingLine line = c.lines().get(p.invoice());
            long s = line == null ? 0 : line.settled();
            moved.computeIfAbsent(p.creditor(), k -> new long[2])[0] += s;
            moved.computeIfAbsent(p.debtor(), k -> new long[2])[1] += s;
        }
        return moved;
    }

    private static BodyRow body(Federation state, BodyId council, ScheduledClearing c, BodyClearing b, long[] settled) {
        long before = c.balancesBefore().getOrDefault(b.body(), 0L);
        return new BodyRow(Books.account(state, council, b.body()), Amounts.number(b.owedBefore()), Amounts.number(b.owedAfter()),
                Amounts.number(b.owingBefore()), Amounts.number(b.owingAfter()), Amounts.signed(b.net()), Amounts.number(b.setOff()),
                b.owingBefore() == 0 ? "—" : Amounts.share((double) b.setOff() / b.owingBefore()), Amounts.number(settled[0]),
                Amounts.number(settled[1]), Amounts.number(before), Amounts.number(before + settled[0] - settled[1]));
    }

    private static LineRow line(Federation state, BodyId council, ScheduledClearing c, InvoiceSetOff s) {
        ClearingLine line = c.lines().get(s.invoice().id());
        long settled = line == null ? 0 : line.settled();
        BodyId debtor = s.invoice().debtor();
        return new LineRow(Books.invoice(debtor, s.invoice().id(), s.invoice().id()), Books.account(state, council, debtor),
                Books.account(state, council, s.invoice().creditor()), Amounts.number(s.invoice().outstanding()), Amounts.number(s.setOff()),
                Amounts.number(settled), Amounts.number(s.remaining() - settled));
    }

    private static Drawn draw(Federation state, Ledger ledger, SetOffCycle s, String unit, Text t) {
        List<Rings.Body> bodies = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            BodyId from = s.bodies().get(i);
            BodyId to = s.bodies().get((i + 1) % s.length());
            bodies.add(new Rings.Body(Books.name(state, from), Books.accountPath(ledger.council(), from)));
            titles.add(t.plain("clearing.arrow", Books.name(state, from), Books.name(state, to), s.invoices().get(i), Amounts.of(s.amount(), unit)));
        }
        String caption = t.plain("clearing.ring", s.number(), s.length(), Amounts.of(s.amount(), unit), Amounts.of(s.amount() * s.length(), unit));
        return new Drawn(s.number(), caption, Rings.draw(bodies, titles, Amounts.number(s.amount())));
    }

    private static int pages(int size) {
        return Math.max(1, (size + PAGE - 1) / PAGE);
    }
}
