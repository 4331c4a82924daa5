package org.mandate.economy.planning.labour;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Labour values can be recomputed exactly by anyone from the same table: the computation reads no
 * clock, draws no random numbers and does no I/O; only the synthetic economies draw random numbers,
 * and the computation knows nothing of them.
 */
class LabourArchitectureTest {
    private static final JavaClasses LABOUR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mandate.economy.planning.labour");

    @Test
    void labour_values_read_no_clock_draw_no_random_numbers_and_do_no_io() {
        noClasses().that().resideInAPackage("org.mandate.economy.planning.labour")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.random..", "java.io..", "java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .check(LABOUR);
    }

    @Test
    void labour_values_know_nothing_of_synthetic_economies() {
        noClasses().that().resideInAPackage("org.mandate.economy.planning.labour")
                .should().dependOnClassesThat().resideInAPackage("org.mandate.economy.planning.labour.synthetic..")
                .check(LABOUR);
    }
}
