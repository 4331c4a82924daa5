package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mandate.economy.planning.check.PlanningProblem;

/** docs/planning.md cannot fall behind the rules: every planning rule, and every rule of the file's shape, is listed there. */
class PlanningDocTest {
    @Test
    void every_planning_rule_is_in_the_format_document() throws IOException {
        Path doc = Files.exists(Path.of("../docs/planning.md")) ? Path.of("../docs/planning.md") : Path.of("docs/planning.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (Class<?> rule : PlanningProblem.class.getPermittedSubclasses()) {
            assertThat(text).as("docs/planning.md names " + rule.getSimpleName()).contains("`" + rule.getSimpleName() + "`");
        }
        for (String shape : new String[] {"NotJson", "MissingField", "WrongType", "UnknownField"}) {
            assertThat(text).contains("`" + shape + "`");
        }
    }
}
