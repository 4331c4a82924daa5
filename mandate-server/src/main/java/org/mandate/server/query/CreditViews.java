package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.body.Body;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.LimitRule;
import org.mandate.core.credit.Movement;

/**
 * A council's mutual credit: every account with its balance and limit, and one account's history. A
 * council's accounts are its record, read by whoever may read the council. Limits that follow a rule
 * move with time; they are given as of the record's clock, the time of the latest event.
 */
public final class CreditViews {
    private CreditViews() {}

    public static Answer accounts(Reading r, BodyId id) {
        Answer.Problem none = problem(r, id);
        if (none != null) {
            return none;
        }
        Ledger ledger = r.state().credit().of(id);
        ObjectNode node = ledger(r, ledger);
        ArrayNode accounts = node.putArray("accounts");
        Body council = r.state().body(id);
        for (BodyId b : ledger.accounts(r.state())) {
            ObjectNode a = account(r, ledger, b);
            a.put("member", council.memberBodies().containsKey(b));
            accounts.add(a);
        }
        return r.found(node);
    }

    /** One account, with its movements newest first, a page at a time. */
    public static Answer account(Reading r, BodyId council, BodyId body, PageRequest page) {
        Answer.Problem none = problem(r, council);
        if (none != null) {
            return none;
        }
        Ledger ledger = r.state().credit().of(council);
        if (!ledger.hasAccount(r.state(), body)) {
            return Answer.notFound("NoAccount", "'" + body + "' has no account in the mutual credit of " + council);
        }
        ObjectNode node = ledger(r, ledger);
        node.setAll(account(r, ledger, body));
        node.setAll(page.newestFirst(r, ledger.history(body), m -> movement(r, m)).json());
        return new Answer.Found(node);
    }

    /** The problem with reading a council's mutual credit, or null: unknown, closed, an assembly, or no credit adopted. */
    static Answer.Problem problem(Reading r, BodyId id) {
        Body b = r.state().body(id);
        if (!r.access().mayRead(b)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        if (!b.isCouncil()) {
            return Answer.notFound("NotACouncil", "body '" + id + "' is an assembly: mutual credit is between the member bodies of a council");
        }
        return r.state().credit().of(id) == null
                ? Answer.notFound("NoMutualCredit", "council '" + id + "' has not adopted mutual credit") : null;
    }

    static ObjectNode ledger(Reading r, Ledger ledger) {
        ObjectNode node = r.object().put("council", ledger.council().value()).put("unit", ledger.unit())
                .put("adoptedBy", ledger.decision().value()).put("adoptedAt", ledger.adoptedAt().toString())
                .put("active", ledger.active(r.state())).put("total", ledger.total());
        LimitRule rule = ledger.rule(r.state());
        if (rule != null) {
            node.putObject("rule").put("permille", rule.permille()).put("months", rule.months()).put("floor", rule.floor())
                    .put("cap", rule.cap());
        }
        return node;
    }

    private static ObjectNode account(Reading r, Ledger ledger, BodyId b) {
        Instant now = r.state().clock();
        Ledger.Limit limit = ledger.limitOf(r.state(), b, now);
        long balance = ledger.balance(b);
        ObjectNode node = r.object().put("body", b.value());
        Body body = r.state().body(b);
        node.put("name", body == null ? b.value() : body.name());
        node.put("balance", balance).put("limit", limit.amount())
                .put("limitBy", limit.decision() == null ? "none" : limit.byRule() ? "rule" : "body")
                .put("headroom", Math.max(0, balance + limit.amount()));
        Reading.text(node, "limitDecision", limit.decision());
        if (limit.byRule()) {
            node.put("turnover", ledger.turnover(b, now, ledger.rule(r.state()).months()));
        }
        return node;
    }

    private static ObjectNode movement(Reading r, Movement m) {
        ObjectNode node = r.object().put("at", m.at().toString()).put("kind", m.clearing() == null ? "payment" : "settlement")
                .put("counterparty", m.counterparty().value()).put("change", m.change()).put("balance", m.balance());
        if (m.reference() != null && !m.reference().isEmpty()) {
            node.put("reference", m.reference());
        }
        Reading.text(node, "invoice", m.invoice());
        Reading.text(node, "clearing", m.clearing());
        return node;
    }
}
