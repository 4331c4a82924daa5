package org.mandate.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The domain depends on the JDK alone, reads no clock and makes no random ids, so that it can be
 * replayed exactly and carried anywhere.
 */
class CoreDependsOnJdkAloneTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mandate.core");

    @Test
    void core_classes_depend_only_on_the_jdk_and_the_core() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.mandate.core..");
        rule.check(CORE);
    }

    @Test
    void core_reads_no_clock_and_makes_no_random_ids() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .orShould().callMethod(java.lang.System.class, "nanoTime")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .check(CORE);
    }

    @Test
    void the_counting_algorithms_know_nothing_of_the_federation() {
        noClasses().that().resideInAPackage("org.mandate.core.count..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.mandate.core", "org.mandate.core.body..", "org.mandate.core.proposal..",
                        "org.mandate.core.member..", "org.mandate.core.vote..", "org.mandate.core.charter..")
                .check(CORE);
    }
}
