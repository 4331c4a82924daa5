package org.mandate.economy.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mandate.core.Ids;
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
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final int MOST_PROBLEMS = 100;

    private InvoiceCsv() {}

    /** The invoices of a file, or every problem found in it (up to 100); never both. */
    public record Reading(List<Invoice> invoices, List<CsvProblem> problems) {
        public Reading {
            invoices = List.copyOf(invoices);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Reading read(Reader source) throws IOException {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source);
        List<Invoice> invoices = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        String header = in.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !strip(header).equals(HEADER)) {
            problems.add(new CsvProblem(1, "the first line must be the header '" + HEADER + "'"
                    + (header == null ? ", but the file is empty" : ", found '" + strip(header) + "'")));
            return new Reading(List.of(), problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        long total = 0;
        int number = 1;
        for (String raw = in.readLine(); raw != null && problems.size() < MOST_PROBLEMS; raw = in.readLine()) {
            number++;
            String line = strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            String problem = check(line, seen, number);
            if (problem != null) {
                problems.add(new CsvProblem(number, problem));
                continue;
            }
            String[] f = line.split(",", -1);
            Invoice invoice = Invoice.of(f[0], f[1], f[2], Long.parseLong(f[3]));
            seen.put(invoice.id(), number);
            if (total > Long.MAX_VALUE - invoice.outstanding()) {
                problems.add(new CsvProblem(number, "the amounts up to this line add up to more than "
                        + Long.MAX_VALUE + ", the most a clearing can hold"));
                break;
            }
            total += invoice.outstanding();
            invoices.add(invoice);
        }
        return problems.isEmpty() ? new Reading(invoices, List.of()) : new Reading(List.of(), problems);
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** What is wrong with one invoice line, or null if nothing is. */
    private static String check(String line, Map<String, Integer> seen, int number) {
        if (line.indexOf('"') >= 0) {
            return "quoted fields are not supported; ids cannot contain commas or quotes";
        }
        String[] f = line.split(",", -1);
        if (f.length != 4) {
            return "expected 4 fields (id,debtor,creditor,amount), found " + f.length;
        }
        String[] names = {"invoice id", "debtor", "creditor"};
        for (int k = 0; k < 3; k++) {
            if (!Ids.valid(f[k])) {
                return "the " + names[k] + " '" + f[k] + "' is not a valid id: 1 to 128 letters, digits, '.', '_', ':'"
                        + " or '-', starting with a letter or digit";
            }
        }
        if (seen.containsKey(f[0])) {
            return "the invoice id '" + f[0] + "' is already used on line " + seen.get(f[0]);
        }
        if (f[1].equals(f[2])) {
            return "invoice '" + f[0] + "' is from '" + f[1] + "' to itself; a body cannot owe itself";
        }
        if (!WHOLE.matcher(f[3]).matches()) {
            return "the amount '" + f[3] + "' is not a whole number of the smallest unit (write 1250 for 12.50, no"
                    + " sign, no spaces)";
        }
        if (new java.math.BigInteger(f[3]).bitLength() > 63) {
            return "the amount '" + f[3] + "' is larger than " + Long.MAX_VALUE;
        }
        if (Long.parseLong(f[3]) == 0) {
            return "the amount of invoice '" + f[0] + "' is zero; only positive amounts can be cleared";
        }
        return null;
    }
}
