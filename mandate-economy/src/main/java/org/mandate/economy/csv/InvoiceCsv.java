package org.mandate.economy.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.economy.clearing.Invoice;

/**
 * Reads invoices from CSV: a header line {@code id,debtor,creditor,amount}, then one invoice a line,
 * amounts as whole numbers of the smallest unit. Strict, because a clearing moves real debts: no
 * quoting, no decimals, no signs, no spaces around fields; every id (invoice and body) has the shape
 * of a Mandate id; amounts are positive; no invoice from a body to itself; no id twice; the amounts
 * must add up to less than 2^63. Blank lines are skipped, and so are a byte-order mark and CRLF
 * endings.
 */
public final class InvoiceCsv {
    public static final String HEADER = "id,debtor,creditor,amount";

    private InvoiceCsv() {}

    public static CsvReading<Invoice> read(Reader source) throws IOException {
        List<Invoice> invoices = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        long[] total = {0};
        List<CsvProblem> problems = StrictCsv.read(source, HEADER, (number, f) -> {
            String problem = check(f, seen);
            if (problem != null) {
                return problem;
            }
            Invoice invoice = Invoice.of(f[0], f[1], f[2], Long.parseLong(f[3]));
            seen.put(invoice.id(), number);
            if (total[0] > Long.MAX_VALUE - invoice.outstanding()) {
                return "the amounts up to this line add up to more than " + Long.MAX_VALUE + ", the most a clearing can hold";
            }
            total[0] += invoice.outstanding();
            invoices.add(invoice);
            return null;
        });
        return CsvReading.of(invoices, problems);
    }

    /** What is wrong with one invoice line's fields, or null if nothing is. */
    private static String check(String[] f, Map<String, Integer> seen) {
        String[] names = {"invoice id", "debtor", "creditor"};
        for (int k = 0; k < 3; k++) {
            String problem = StrictCsv.idProblem(names[k], f[k]);
            if (problem != null) {
                return problem;
            }
        }
        if (seen.containsKey(f[0])) {
            return "the invoice id '" + f[0] + "' is already used on line " + seen.get(f[0]);
        }
        if (f[1].equals(f[2])) {
            return "invoice '" + f[0] + "' is from '" + f[1] + "' to itself; a body cannot owe itself";
        }
        String problem = StrictCsv.wholeProblem("amount", f[3], false);
        if (problem != null) {
            return problem;
        }
        if (Long.parseLong(f[3]) == 0) {
            return "the amount of invoice '" + f[0] + "' is zero; only positive amounts can be cleared";
        }
        return null;
    }
}
