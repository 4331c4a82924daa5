package org.mandate.web.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.credit.Invoice;
import org.mandate.core.credit.Ledger;
import org.mandate.core.office.Permission;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;

/**
 * A body's invoices: those awaiting its answer as debtor (with the forms to accept or dispute them, for
 * an office-holder who may), those it issued and those it received, each newest first a page at a time,
 * and the form to record a new one for an office-holder who may invoice in its name.
 */
public record InvoicesView(String id, String name, List<Ref> accounts, List<InvoiceRow> awaiting, boolean mayAnswer, List<InvoiceRow> issued,
        int issuedCount, int issuedPage, int issuedPages, List<InvoiceRow> received, int receivedCount, int receivedPage, int receivedPages,
        boolean mayInvoice, List<Choice> councils, List<Choice> debtors, String suggestedId) {

    /** Whether the form of this name stands beside its invoice: the answer forms of an invoice still awaiting an answer. */
    public boolean shows(String form) {
        return awaiting.stream().anyMatch(r -> form.equals("accept-" + r.id()) || form.equals("dispute-" + r.id()));
    }

    /** Invoices per page in each list. */
    static final int PAGE = 25;

    static InvoicesView of(Federation state, Body body, int issuedPage, int receivedPage, MemberId viewer, Instant now, Text t) {
        BodyId b = body.id();
        List<Invoice> issued = new ArrayList<>();
        List<Invoice> received = new ArrayList<>();
        List<Invoice> awaiting = new ArrayList<>();
        for (Invoice i : state.credit().invoicesOf(b)) {
            if (i.creditor().equals(b)) {
                issued.add(i);
            } else {
                received.add(i);
                if (i.status() == Invoice.Status.RECORDED) {
                    awaiting.add(i);
                }
            }
        }
        InvoiceRow.Explained explained = new InvoiceRow.Explained();
        List<Ledger> books = Books.accountsOf(state, b);
        List<Ref> accounts = books.stream().map(l -> new Ref(Books.accountPath(l.council(), b), Books.name(state, l.council()), l.unit())).toList();
        List<Choice> councils = books.stream().map(l -> new Choice(l.council().value(),
                t.plain("invoice.council.choice", Books.name(state, l.council()), l.unit()))).toList();
        Map<String, Choice> debtors = new LinkedHashMap<>();
        for (Ledger l : books) {
            for (BodyId other : l.accounts(state)) {
                if (!other.equals(b)) {
                    debtors.putIfAbsent(other.value(), new Choice(other.value(), Books.name(state, other)));
                }
            }
        }
        boolean mayInvoice = !books.isEmpty() && viewer != null && state.offices().permitting(b, viewer, Permission.RECORD_INVOICE, now) != null;
        boolean mayAnswer = viewer != null && state.offices().permitting(b, viewer, Permission.MAKE_PAYMENT, now) != null;
        int ip = clamp(issuedPage, issued.size());
        int rp = clamp(receivedPage, received.size());
        return new InvoicesView(b.value(), body.name(), accounts, rows(state, awaiting, b, 1, Integer.MAX_VALUE, explained, t), mayAnswer,
                rows(state, issued, b, ip, PAGE, explained, t), issued.size(), ip, pages(issued.size()),
                rows(state, received, b, rp, PAGE, explained, t), received.size(), rp, pages(received.size()), mayInvoice, councils,
                List.copyOf(debtors.values()), freeId(state, b, issued.size()));
    }

    /** A page of the list, newest first. */
    private static List<InvoiceRow> rows(Federation state, List<Invoice> list, BodyId b, int page, int per, InvoiceRow.Explained explained, Text t) {
        List<InvoiceRow> out = new ArrayList<>();
        for (int i = list.size() - 1 - (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * per); i >= 0 && out.size() < per; i--) {
            out.add(InvoiceRow.of(state, list.get(i), b, explained, t));
        }
        return out;
    }

    private static int pages(int size) {
        return Math.max(1, (size + PAGE - 1) / PAGE);
    }

    private static int clamp(int page, int size) {
        return Math.min(Math.max(1, page), pages(size));
    }

    /** A suggestion for the next invoice's id, the body's id and a number; the treasurer may type their own. */
    static String freeId(Federation state, BodyId body, int issued) {
        int n = issued + 1;
        String id = String.format(java.util.Locale.ROOT, "%s-%03d", body.value(), n);
        while (state.credit().invoice(id) != null || !org.mandate.core.Ids.valid(id)) {
            n++;
            id = String.format(java.util.Locale.ROOT, "%s-%03d", body.value(), n);
            if (id.length() > 128) {
                return "";
            }
        }
        return id;
    }
}
