package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mandate.cli.clearing.ClearingReport;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.csv.CsvProblem;
import org.mandate.economy.csv.InvoiceCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate clearing --invoices FILE.csv}: a standalone multilateral clearing of invoices from a CSV file. */
@Command(name = "clearing", mixinStandardHelpOptions = true,
        description = {"Clears invoices from a CSV file: the greatest set-off that leaves every body's net position unchanged.",
                "The file has the header id,debtor,creditor,amount and amounts as whole numbers of the smallest unit.",
                "Prints the set-off per invoice with the cycles of bodies it came from, each body's position and the totals;",
                "a file with any bad line is refused whole, each problem named with its line."})
final class ClearingCommand implements Callable<Integer> {
    @Option(names = "--invoices", paramLabel = "FILE.csv", required = true, description = "the invoices to clear")
    Path invoices;

    @Option(names = "--json", description = "print a machine-readable report (set-off per invoice id, cycles, bodies, totals)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InvoiceCsv.Reading reading;
        try (Reader in = Files.newBufferedReader(invoices, StandardCharsets.UTF_8)) {
            reading = InvoiceCsv.read(in);
        } catch (NoSuchFileException e) {
            err.println("no such file: " + invoices);
            return 1;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println(invoices + ": not UTF-8 text");
            return 1;
        }
        if (!reading.ok()) {
            for (CsvProblem problem : reading.problems()) {
                err.println(invoices + ":" + problem.line() + ": " + problem.message());
            }
            err.println("nothing was cleared: correct the file and run again");
            return 1;
        }
        ClearingResult result = Clearing.clear(reading.invoices(), true);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ClearingReport.json(result, out);
        } else {
            ClearingReport.text(result, out);
        }
        out.flush();
        return 0;
    }
}
