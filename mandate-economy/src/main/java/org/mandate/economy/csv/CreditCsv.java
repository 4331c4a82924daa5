package org.mandate.economy.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.economy.credit.CreditLine;

/**
 * Reads mutual-credit accounts from CSV, as strictly as invoices: the header {@code body,balance,limit},
 * then one account a line; balances are whole numbers of the smallest unit and may be negative, limits
 * are whole and not negative, no balance is already below its limit, and no body appears twice.
 */
public final class CreditCsv {
    public static final String HEADER = "body,balance,limit";

    private CreditCsv() {}

    public static CsvReading<CreditLine> read(Reader source) throws IOException {
        List<CreditLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<CsvProblem> problems = StrictCsv.read(source, HEADER, (number, f) -> {
            String problem = StrictCsv.idProblem("body", f[0]);
            if (problem == null && seen.containsKey(f[0])) {
                problem = "the body '" + f[0] + "' already has an account on line " + seen.get(f[0]);
            }
            if (problem == null) {
                problem = StrictCsv.wholeProblem("balance", f[1], true);
            }
            if (problem == null) {
                problem = StrictCsv.wholeProblem("limit", f[2], false);
            }
            if (problem == null && Long.parseLong(f[1]) < -Long.parseLong(f[2])) {
                problem = "the balance " + f[1] + " of '" + f[0] + "' is already below its credit limit " + f[2];
            }
            if (problem == null) {
                seen.put(f[0], number);
                lines.add(new CreditLine(BodyId.of(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
            return problem;
        });
        return CsvReading.of(lines, problems);
    }
}
