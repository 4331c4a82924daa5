package org.mandate.economy.csv;

/** A line of an invoice file that breaks a rule: its number (from 1, the header being line 1) and why. */
public record CsvProblem(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
