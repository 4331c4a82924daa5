package org.mandate.core.credit;

import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mandate.core.Event;
import org.mandate.core.Scenario;
import org.mandate.core.credit.CreditCommand.*;
import org.mandate.core.office.Permission;
import org.mandate.core.proposal.Motion;

/**
 * The federation credit scenarios start from: assemblies bakery (ana, ben), mill (cat, dan) and dairy
 * (eve, fay) in the council food, whose member bodies granted it the competence 'trade'; each assembly
 * elected a treasurer (ana, cat, eve) who may make payments and record invoices; brewery (gus) is in no
 * council. With {@link #adopted}, food has also adopted mutual credit in hours.
 */
final class Books {
    static final String FOOD = "food";
    static final String COMPETENCE = "trade";
    static final Map<String, String> TREASURER = Map.of("bakery", "ana", "mill", "cat", "dairy", "eve");
    static final List<Permission> TREASURY = List.of(Permission.MAKE_PAYMENT, Permission.RECORD_INVOICE);

    private Books() {}

    static Scenario federation() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben");
        assembly(s, "mill", quickAssembly(), "cat", "dan");
        assembly(s, "dairy", quickAssembly(), "eve", "fay");
        assembly(s, "brewery", quickAssembly(), "gus");
        found(s, FOOD, "trade", quickCouncil(), "bakery", "mill", "dairy");
        grant(s, FOOD, COMPETENCE);
        for (var t : new java.util.TreeMap<>(TREASURER).entrySet()) {
            electOffice(s, t.getKey(), "treasurer", TREASURY, t.getValue());
        }
        return s;
    }

    static Scenario adopted() {
        Scenario s = federation();
        decide(s, "food.credit", new Motion.AdoptMutualCredit("hours"));
        return s;
    }

    /** The council food adopts the motion, relying on its competence 'trade'. */
    static List<Event> decide(Scenario s, String proposal, Motion motion) {
        return councilAdopts(s, FOOD, proposal, motion, COMPETENCE);
    }

    static MakePayment pay(String from, String to, long amount) {
        return new MakePayment(b(FOOD), b(from), b(to), amount, "order " + amount, null);
    }

    static RecordInvoice invoice(String id, String creditor, String debtor, long amount) {
        return new RecordInvoice(b(FOOD), id, b(creditor), b(debtor), amount, "Goods for " + id);
    }

    /** The creditor's treasurer records the invoice and the debtor's accepts it. */
    static void accepted(Scenario s, String id, String creditor, String debtor, long amount) {
        s.given(TREASURER.get(creditor), invoice(id, creditor, debtor, amount));
        s.given(TREASURER.get(debtor), new AcceptInvoice(id));
    }

    static Ledger ledger(Scenario s) {
        return s.state().credit().of(b(FOOD));
    }

    static long balance(Scenario s, String body) {
        return ledger(s).balance(b(body));
    }

    static long limit(Scenario s, String body) {
        return ledger(s).limit(s.state(), b(body), s.now());
    }

    static final Duration WEEKS = Duration.ofDays(14);
}
