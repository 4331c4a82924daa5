package org.mandate.economy.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mandate.core.Ids;

/**
 * The rules every CSV file of the economy shares: a required header, one record a line split on
 * commas, no quoting, a fixed number of fields; blank lines, a byte-order mark and CRLF endings are
 * tolerated. Each file's own rules check the fields of a line and name what is wrong.
 */
final class StrictCsv {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final int MOST_PROBLEMS = 100;

    private StrictCsv() {}

    /** Checks the fields of one line: returns what is wrong with them, or null to accept them. */
    interface Line {
        String accept(int number, String[] fields);
    }

    /** Reads every line after the header into {@code line}; returns the problems, at most 100. */
    static List<CsvProblem> read(Reader source, String header, Line line) throws IOException {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source);
        List<CsvProblem> problems = new ArrayList<>();
        String first = in.readLine();
        if (first != null && first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (first == null || !strip(first).equals(header)) {
            problems.add(new CsvProblem(1, "the first line must be the header '" + header + "'"
                    + (first == null ? ", but the file is empty" : ", found '" + strip(first) + "'")));
            return problems;
        }
        int fields = header.split(",").length;
        int number = 1;
        for (String raw = in.readLine(); raw != null && problems.size() < MOST_PROBLEMS; raw = in.readLine()) {
            number++;
            String text = strip(raw);
            if (text.isEmpty()) {
                continue;
            }
            String problem;
            String[] f = text.split(",", -1);
            if (text.indexOf('"') >= 0) {
                problem = "quoted fields are not supported; ids cannot contain commas or quotes";
            } else if (f.length != fields) {
                problem = "expected " + fields + " fields (" + header + "), found " + f.length;
            } else {
                problem = line.accept(number, f);
            }
            if (problem != null) {
                problems.add(new CsvProblem(number, problem));
            }
        }
        return problems;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** What is wrong with an id, or null. */
    static String idProblem(String what, String value) {
        return Ids.valid(value) ? null : "the " + what + " '" + value + "' is not a valid id: 1 to 128 letters, digits,"
                + " '.', '_', ':' or '-', starting with a letter or digit";
    }

    /** What is wrong with a whole amount that may be negative only if {@code signed}, or null. */
    static String wholeProblem(String what, String value, boolean signed) {
        if (!WHOLE.matcher(value).matches() || (!signed && value.startsWith("-"))) {
            return "the " + what + " '" + value + "' is not a whole number of the smallest unit (write 1250 for 12.50, no"
                    + (signed ? "" : " sign, no") + " spaces)";
        }
        if (new BigInteger(value).bitLength() > 63) {
            return "the " + what + " '" + value + "' is beyond " + Long.MAX_VALUE + " in size";
        }
        return null;
    }
}
