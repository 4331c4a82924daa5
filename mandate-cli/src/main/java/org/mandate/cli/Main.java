package org.mandate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./mandate}. */
@Command(name = "mandate", mixinStandardHelpOptions = true, version = "mandate 0.1.0-SNAPSHOT",
        description = "Federations of self-governing bodies, with mandated, recallable delegates and a verifiable public record.",
        subcommands = {ReplayCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
