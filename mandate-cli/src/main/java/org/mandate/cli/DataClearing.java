package org.mandate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.credit.Ledger;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;
import org.mandate.economy.credit.CreditSettlement;
import org.mandate.server.credit.DueClearings;

/**
 * {@code clearing --data DIR}: a council's accepted, unpaid invoices as the record holds them now,
 * cleared offline by the same arithmetic the server runs when a clearing falls due, without changing
 * anything: a treasurer's way to see what the next clearing would do, or to check a past one's optimum.
 */
final class DataClearing {
    /** What was read: the council's ledger and the invoices that would take part, with the state they come from. */
    record Books(Federation state, Ledger ledger, List<Invoice> invoices) {}

    private DataClearing() {}

    /** The council's books from the store, or empty after saying on {@code err} why there are none. */
    static Optional<Books> read(StoreOptions options, String council, PrintWriter err) {
        Optional<Federation> read = options.federation(err);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Federation state = read.get();
        List<Ledger> active = state.credit().all().stream().filter(l -> l.active(state)).toList();
        Ledger ledger = council == null && active.size() == 1 ? active.get(0) : state.credit().active(state, council == null ? null : new BodyId(council));
        if (ledger == null) {
            String which = active.stream().map(l -> l.council().value()).sorted().toList().toString();
            err.println(active.isEmpty() ? "no council in this federation runs mutual credit: there are no invoices to clear"
                    : council == null ? "several councils run mutual credit; name one with --council: " + which
                    : "council '" + council + "' does not run mutual credit here; those that do: " + which);
            return Optional.empty();
        }
        return Optional.of(new Books(state, ledger, DueClearings.invoices(ledger)));
    }

    /** The clearing of the books and, with {@code settle}, the settlement through the accounts as they stand at the record's clock. */
    static void report(Books books, boolean settle, boolean json, PrintWriter out) throws java.io.IOException {
        ClearingResult result = Clearing.clear(books.invoices(), true);
        Optional<CreditSettlement> settlement = settle && !books.invoices().isEmpty()
                ? Optional.of(CreditSettlement.settle(result, DueClearings.creditLines(books.state(), books.ledger(), books.invoices(),
                        books.state().clock())))
                : Optional.empty();
        if (json) {
            org.mandate.cli.clearing.ClearingReport.json(result, settlement, out);
        } else {
            out.printf("Council %s, mutual credit in %s, as of %s (%d events)%n", books.ledger().council(), books.ledger().unit(),
                    books.state().clock(), books.state().eventCount());
            org.mandate.cli.clearing.ClearingReport.text(result, settlement, out);
        }
    }
}
