package org.mandate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of {@code ./mandate}. */
@Command(name = "mandate", mixinStandardHelpOptions = true, version = "mandate 0.1.0-SNAPSHOT",
        description = "Federations of self-governing bodies, with mandated, recallable delegates and a verifiable public record.",
        subcommands = {InitCommand.class, ServeCommand.class, DemoCommand.class, ReplayCommand.class, VerifyCommand.class, ExportCommand.class, ImportCommand.class,
            ClearingCommand.class, InvoicesCommand.class, PlanCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line writing to the given output and error, and returns its exit code without exiting. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine().setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
