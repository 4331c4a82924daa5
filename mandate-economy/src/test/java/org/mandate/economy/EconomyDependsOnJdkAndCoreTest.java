package org.mandate.economy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The economy depends on the JDK and the core alone, so that the domain can call it from a decision;
 * and clearing and planning, like the core, read no clock, draw no random numbers and do no I/O, so a
 * clearing or a plan can be recomputed exactly by anyone who replays the record.
 */
class EconomyDependsOnJdkAndCoreTest {
    private static final JavaClasses ECONOMY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mandate.economy");

    @Test
    void economy_classes_depend_only_on_the_jdk_the_core_and_themselves() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.mandate.core..", "org.mandate.economy..")
                .check(ECONOMY);
    }

    @Test
    void clearing_credit_and_planning_read_no_clock_draw_no_random_numbers_and_do_no_io() {
        noClasses().that().resideInAnyPackage("org.mandate.economy.clearing..", "org.mandate.economy.credit..",
                        "org.mandate.economy.planning.model..", "org.mandate.economy.planning.check..", "org.mandate.economy.planning.procedure..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.random..", "java.io..", "java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .check(ECONOMY);
    }

    @Test
    void clearing_knows_nothing_of_where_invoices_come_from() {
        noClasses().that().resideInAPackage("org.mandate.economy.clearing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mandate.economy.csv..", "org.mandate.economy.synthetic..",
                        "org.mandate.economy.credit..")
                .check(ECONOMY);
    }

    @Test
    void planning_knows_nothing_of_synthetic_instances_nor_of_clearing() {
        noClasses().that().resideInAnyPackage("org.mandate.economy.planning.model..", "org.mandate.economy.planning.check..",
                        "org.mandate.economy.planning.procedure..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mandate.economy.synthetic..", "org.mandate.economy.clearing..",
                        "org.mandate.economy.credit..", "org.mandate.economy.csv..")
                .check(ECONOMY);
    }
}
