package dev.gazette;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The anchoring and dossier packages are pure: they turn model records into anchors, marks and
 * files, and know nothing of storage, the service, the window or the command line. The window
 * and command line reach them only through the service (the Dossier record aside, which the
 * service hands out).
 */
class AnnotateArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gazette");
    }

    @Test
    void anchoringAndDossiersDependOnTheModelOnly() {
        noClasses().that().resideInAnyPackage("dev.gazette.annotate..", "dev.gazette.dossier..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gazette.store..", "dev.gazette.service..",
                        "dev.gazette.ui..", "dev.gazette.cli..", "dev.gazette.extract..", "dev.gazette.ingest..",
                        "dev.gazette.enrich..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void anchoringDoesNotDependOnDossiers() {
        noClasses().that().resideInAPackage("dev.gazette.annotate..")
                .should().dependOnClassesThat().resideInAPackage("dev.gazette.dossier..")
                .check(classes);
    }

    @Test
    void windowAndCommandLineDoNotAnchorOrWriteBooksThemselves() {
        noClasses().that().resideInAnyPackage("dev.gazette.ui..", "dev.gazette.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gazette.annotate..")
                .orShould().dependOnClassesThat().haveSimpleName("DossierWriter")
                .check(classes);
    }
}
