package org.mandate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.mandate.codec.Codec;
import org.mandate.core.BodyId;
import org.mandate.core.credit.CreditCommand.RecordInvoice;
import org.mandate.economy.clearing.Invoice;
import org.mandate.economy.csv.CsvProblem;
import org.mandate.economy.csv.CsvReading;
import org.mandate.economy.csv.InvoiceCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mandate invoices import FILE.csv}: each invoice of the file becomes a {@code record-invoice}
 * command sent to a running server as the member whose API token is given. Nothing goes around the
 * core: the server decides each command as it would a member's own, so only an office-holder of the
 * creditor with {@code record-invoice} can import, and a refused line names its rule. The import is not
 * done on the data directory in the operator's hands: no one, operator included, issues a command in a
 * member's name (docs/decisions/2026-11-25-credit-in-the-record.md).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Records the invoices of a CSV file (header id,debtor,creditor,amount; amounts as whole numbers of the smallest unit)",
                "in a council's mutual credit, one record-invoice command per line, through a running server, as the member whose API",
                "token is given. A file with any bad line is refused whole before anything is sent. Prints each line's outcome.",
                "Exit 0 when every invoice was recorded, 1 when any was refused or the file is bad, 2 on bad arguments."})
final class InvoiceImport implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the invoices")
    Path file;

    @Option(names = "--url", paramLabel = "URL", required = true, description = "the server, such as http://127.0.0.1:8080")
    String url;

    @Option(names = "--council", paramLabel = "ID", required = true, description = "the council in whose mutual credit the invoices are")
    String council;

    @Option(names = "--token", paramLabel = "TOKEN", description = "the member's API token (better: MANDATE_TOKEN)")
    String token;

    @Option(names = "--description", paramLabel = "TEXT", description = "each invoice's description (default: the file and line it came from)")
    String description;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String key = token != null ? token : System.getenv("MANDATE_TOKEN");
        if (key == null || key.isBlank()) {
            err.println("give the API token of the member who records the invoices: --token TOKEN or MANDATE_TOKEN");
            return 2;
        }
        if (!org.mandate.core.Ids.valid(council)) {
            err.println("--council must be a council's id; got '" + council + "'");
            return 2;
        }
        CsvReading<Invoice> read = read(err);
        if (read == null) {
            return 1;
        }
        Codec codec = new Codec();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        java.util.Map<String, Integer> lines = lines();
        int refused = 0;
        for (Invoice i : read.records()) {
            int line = lines.get(i.id());
            RecordInvoice command = new RecordInvoice(new BodyId(council), i.id(), i.creditor(), i.debtor(), i.outstanding(),
                    description != null ? description : "Imported from " + file.getFileName() + ", line " + line);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/v1/commands"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(codec.writeCommand(command))).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                out.println(file + ":" + line + ": recorded " + i.id());
                continue;
            }
            refused++;
            out.println(file + ":" + line + ": " + i.id() + " refused: " + problem(codec, r));
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                err.println("the server does not accept this token for commands; nothing more was sent");
                return 1;
            }
        }
        out.println((read.records().size() - refused) + " recorded, " + refused + " refused");
        out.flush();
        return refused == 0 ? 0 : 1;
    }

    /** The line each invoice id is on (the reader checked the file: every id is there once). */
    private java.util.Map<String, Integer> lines() throws IOException {
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        java.util.List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n < text.size(); n++) {
            String id = text.get(n).split(",", 2)[0].strip();
            if (!id.isEmpty()) {
                at.putIfAbsent(id, n + 1);
            }
        }
        return at;
    }

    private CsvReading<Invoice> read(PrintWriter err) throws IOException {
        CsvReading<Invoice> read;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read = InvoiceCsv.read(in);
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
            return null;
        } catch (MalformedInputException e) {
            err.println(file + ": not UTF-8 text");
            return null;
        }
        for (CsvProblem p : read.problems()) {
            err.println(file + ":" + p.line() + ": " + p.message());
        }
        if (!read.problems().isEmpty()) {
            err.println("nothing was sent: correct the file and run again");
            return null;
        }
        return read;
    }

    /** The rule and sentence of a problem+json answer, or the status and body when it is not one. */
    private static String problem(Codec codec, HttpResponse<String> r) {
        try {
            JsonNode p = codec.mapper().readTree(r.body());
            if (p instanceof ObjectNode o && o.has("title") && o.has("detail")) {
                return o.get("title").asText() + ": " + o.get("detail").asText();
            }
        } catch (IOException e) {
            // not JSON: say what came back
        }
        return "HTTP " + r.statusCode() + " " + r.body();
    }
}
