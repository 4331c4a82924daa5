package org.mandate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mandate invoices}: invoices in a council's mutual credit; {@code import} records a CSV file's through a server. */
@Command(name = "invoices", mixinStandardHelpOptions = true, subcommands = {InvoiceImport.class, CommandLine.HelpCommand.class},
        description = {"Invoices in a council's mutual credit.",
                "invoices import FILE.csv --url URL --council ID: records each invoice of the file (header id,debtor,creditor,amount)",
                "  through a running server, as the member whose API token is given (--token or MANDATE_TOKEN)."})
final class InvoicesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
