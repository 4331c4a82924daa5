package org.mandate.economy.csv;

import java.util.List;

/** What a strict CSV file held: its records, or every problem found in it (up to 100); never both. */
public record CsvReading<T>(List<T> records, List<CsvProblem> problems) {
    public CsvReading {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    static <T> CsvReading<T> of(List<T> records, List<CsvProblem> problems) {
        return problems.isEmpty() ? new CsvReading<>(records, List.of()) : new CsvReading<>(List.of(), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
