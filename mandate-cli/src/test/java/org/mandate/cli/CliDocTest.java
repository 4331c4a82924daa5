package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's list of commands cannot fall behind the command line: every command is there, and every one answers --help. */
class CliDocTest {
    private static Set<String> commands() {
        Set<String> names = new java.util.TreeSet<>(new CommandLine(new Main()).getSubcommands().keySet());
        names.remove("help");
        return names;
    }

    @Test
    void every_command_is_in_the_readme_with_its_options() throws IOException {
        Path readme = Files.exists(Path.of("../README.md")) ? Path.of("../README.md") : Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        assertThat(commands()).contains("import", "verify", "export");
        for (String name : commands()) {
            assertThat(text).as("README names ./mandate " + name).contains("./mandate " + name);
            CommandLine sub = new CommandLine(new Main()).getSubcommands().get(name);
            for (var option : sub.getCommandSpec().options()) {
                String longest = option.longestName();
                if (!longest.equals("--help") && !longest.equals("--version") && !longest.startsWith("--db-")) {
                    assertThat(text).as("README mentions " + longest + " of ./mandate " + name).contains(longest);
                }
            }
        }
    }

    @Test
    void every_command_answers_help() {
        for (String name : commands()) {
            ReplayCommandTest.Run run = ReplayCommandTest.run(name, "--help");
            assertThat(run.exit()).as(name + " --help").isZero();
            assertThat(run.out()).as(name + " --help").contains("Usage: mandate " + name);
        }
    }
}
