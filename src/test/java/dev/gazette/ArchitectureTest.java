package dev.gazette;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Keeps the arrows of docs/architecture.md honest: data flows from ingest through extract and
 * enrich into store, the service combines them, and the window and command line only talk to
 * the service. A wrong import fails the build.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gazette");
    }

    @Test
    void layersOnlyDependDownstream() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("dev.gazette")
                .layer("UI").definedBy("dev.gazette.ui..")
                .layer("CLI").definedBy("dev.gazette.cli..")
                .layer("Service").definedBy("dev.gazette.service..")
                .layer("Ingest").definedBy("dev.gazette.ingest..")
                .layer("Extract").definedBy("dev.gazette.extract..")
                .layer("Enrich").definedBy("dev.gazette.enrich..")
                .layer("Store").definedBy("dev.gazette.store..")
                .layer("Search").definedBy("dev.gazette.search..")
                .layer("Similar").definedBy("dev.gazette.similar..")
                .layer("Model").definedBy("dev.gazette.model..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI")
                // The window and the command line reach these only through the service, with two
                // reasoned exceptions below: the CLI's extract command needs the loader's file-key
                // rule and the geography's names, both pure functions with no state.
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Service", "CLI")
                .whereLayer("Extract").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Enrich").mayOnlyBeAccessedByLayers("Service", "CLI", "UI")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Search").mayOnlyBeAccessedByLayers("Service")
                // near-duplicate fingerprints: the service computes them, the store only keeps keys
                .whereLayer("Similar").mayOnlyBeAccessedByLayers("Service")
                .check(classes);
    }

    @Test
    void modelIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("dev.gazette.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jsoup..",
                        "com.fasterxml..", "dev.gazette.store..", "dev.gazette.ui..")
                .check(classes);
    }

    @Test
    void similarityIsPure() {
        noClasses().that().resideInAPackage("dev.gazette.similar..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jsoup..",
                        "com.fasterxml..", "dev.gazette.store..", "dev.gazette.service..", "dev.gazette.ui..",
                        "dev.gazette.cli..", "dev.gazette.extract..", "dev.gazette.ingest..", "dev.gazette.enrich..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("dev.gazette.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void onlyTheExtractorAndLoaderParseHtml() {
        noClasses().that().resideInAnyPackage("dev.gazette.ui..", "dev.gazette.cli..", "dev.gazette.store..", "dev.gazette.enrich..", "dev.gazette.service..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .check(classes);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.gazette.ui..", "dev.gazette")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
