package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.mandate.cli.clearing.ClearingReport;
import org.mandate.core.BodyId;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;
import org.mandate.economy.credit.CreditLine;
import org.mandate.economy.credit.CreditSettlement;
import org.mandate.economy.csv.CreditCsv;
import org.mandate.economy.csv.CsvProblem;
import org.mandate.economy.csv.CsvReading;
import org.mandate.economy.csv.InvoiceCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mandate clearing --invoices FILE.csv}: a standalone multilateral clearing of invoices from a CSV
 * file; {@code mandate clearing --data DIR}: a council's accepted invoices as the federation's record holds
 * them, cleared offline.
 */
@Command(name = "clearing", mixinStandardHelpOptions = true,
        description = {"Clears invoices: the greatest set-off that leaves every body's net position unchanged.",
                "--invoices FILE.csv: a CSV with the header id,debtor,creditor,amount and amounts as whole numbers of the smallest",
                "  unit; a file with any bad line is refused whole, each problem named with its line.",
                "--data DIR: a federation's accepted, unpaid invoices in one council's mutual credit (--council, when several",
                "  run it), read from its store and cleared offline as the server would; nothing is changed.",
                "Prints the set-off per invoice with the cycles of bodies it came from, each body's position and the totals."})
final class ClearingCommand implements Callable<Integer> {
    @Option(names = "--invoices", paramLabel = "FILE.csv", description = "the invoices to clear, from a CSV file")
    Path invoices;

    @Mixin
    StoreOptions store;

    @Option(names = "--council", paramLabel = "ID", description = "with --data: the council whose invoices to clear")
    String council;

    @Option(names = "--credit", paramLabel = "ACCOUNTS.csv",
            description = "with --invoices: then settle what remains through mutual-credit accounts (header body,balance,limit), within limits")
    Path credit;

    @Option(names = "--settle", description = "with --data: then settle what remains through the council's accounts, within their limits now")
    boolean settle;

    @Option(names = "--json", description = "print a machine-readable report (set-off per invoice id, cycles, bodies, totals)")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One reader of a CSV file: its lines and problems. */
    private interface Csv<T> {
        T read(Reader in) throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean data = spec.commandLine().getParseResult().hasMatchedOption("--data") || store.db != null;
        if (data == (invoices != null)) {
            err.println("clear one thing: invoices from a CSV file (--invoices FILE.csv) or a federation's (--data DIR)");
            return 2;
        }
        if (data ? credit != null : settle || council != null) {
            err.println(data ? "--credit goes with --invoices; with --data, --settle uses the council's own accounts"
                    : "--council and --settle go with --data");
            return 2;
        }
        if (data) {
            Optional<DataClearing.Books> books = DataClearing.read(store, council, err);
            if (books.isEmpty()) {
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            DataClearing.report(books.get(), settle, json, out);
            out.flush();
            return 0;
        }
        CsvReading<Invoice> bills = read(invoices, InvoiceCsv::read, err);
        if (bills == null || refused(invoices, bills.problems(), err)) {
            return 1;
        }
        List<CreditLine> accounts = List.of();
        if (credit != null) {
            CsvReading<CreditLine> read = read(credit, CreditCsv::read, err);
            if (read == null || refused(credit, read.problems(), err) || missingAccounts(bills.records(), read.records(), err)) {
                return 1;
            }
            accounts = read.records();
        }
        ClearingResult result = Clearing.clear(bills.records(), true);
        Optional<CreditSettlement> settlement = credit == null ? Optional.empty()
                : Optional.of(CreditSettlement.settle(result, accounts));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ClearingReport.json(result, settlement, out);
        } else {
            ClearingReport.text(result, settlement, out);
        }
        out.flush();
        return 0;
    }

    private <T> T read(Path file, Csv<T> reader, PrintWriter err) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.read(in);
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
        } catch (MalformedInputException e) {
            err.println(file + ": not UTF-8 text");
        }
        return null;
    }

    private static boolean refused(Path file, List<CsvProblem> problems, PrintWriter err) {
        for (CsvProblem problem : problems) {
            err.println(file + ":" + problem.line() + ": " + problem.message());
        }
        if (!problems.isEmpty()) {
            err.println("nothing was cleared: correct the file and run again");
        }
        return !problems.isEmpty();
    }

    private boolean missingAccounts(List<Invoice> bills, List<CreditLine> lines, PrintWriter err) {
        Set<BodyId> missing = new TreeSet<>();
        bills.forEach(i -> {
            missing.add(i.debtor());
            missing.add(i.creditor());
        });
        lines.forEach(line -> missing.remove(line.body()));
        for (BodyId body : missing) {
            err.println(credit + ": no account for '" + body + "', which takes part in the clearing");
        }
        if (!missing.isEmpty()) {
            err.println("nothing was cleared: every body with an invoice needs an account to settle through mutual credit");
        }
        return !missing.isEmpty();
    }
}
