package dev.loupe.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md, checked on the compiled product code of every module. */
class ModuleRulesTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.loupe");
    }

    @Test
    void onlyTheReviewUiAndTheAppTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.loupe.ui..", "dev.loupe.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("only review-ui and app may use the toolkit")
                .check(product);
    }

    @Test
    void theReviewUiSpeaksOnlyToCorePorts() {
        noClasses().that().resideInAPackage("dev.loupe.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.loupe.sync..", "dev.loupe.media..", "dev.loupe.inference..", "dev.loupe.server..",
                        "okhttp3..", "java.sql..")
                .because("review-ui talks to the ports in core; app wires the implementations in")
                .check(product);
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.loupe.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.loupe.media..", "dev.loupe.inference..", "dev.loupe.sync..", "dev.loupe.ui..",
                        "dev.loupe.server..", "dev.loupe.app..", "java.net..", "java.sql..", "okhttp3..")
                .check(product);
    }

    @Test
    void implementationModulesDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("dev.loupe.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.loupe.server..", "dev.loupe.media..",
                        "dev.loupe.inference..", "dev.loupe.app..")
                .check(product);
        noClasses().that().resideInAPackage("dev.loupe.server..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.loupe.sync..", "dev.loupe.media..",
                        "dev.loupe.inference..", "dev.loupe.app..")
                .check(product);
        noClasses().that().resideInAPackage("dev.loupe.media..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.loupe.sync..", "dev.loupe.server..",
                        "dev.loupe.inference..", "dev.loupe.app..")
                .check(product);
    }
}
