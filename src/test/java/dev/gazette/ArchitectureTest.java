package dev.gazette;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the arrows of docs/architecture.md honest: data flows from ingest through extract and
 * enrich into store, the service combines them, and the window and command line only talk to
 * the service. Every class belongs to a layer, so a new package cannot slip between them; a
 * wrong import fails the build. The few arrows allowed against that flow are listed in
 * {@link #EXCEPTIONS}, each narrowed to the classes that need it and with its reason, and a
 * test fails when one is no longer used (then it must go).
 */
class ArchitectureTest {

    /** The layers, each a package (the launcher is the root package alone). */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"Launcher", "dev.gazette"},
            new String[] {"UI", "dev.gazette.ui.."},
            new String[] {"CLI", "dev.gazette.cli.."},
            new String[] {"Service", "dev.gazette.service.."},
            new String[] {"Ingest", "dev.gazette.ingest.."},
            new String[] {"Extract", "dev.gazette.extract.."},
            new String[] {"Enrich", "dev.gazette.enrich.."},
            new String[] {"Store", "dev.gazette.store.."},
            new String[] {"Search", "dev.gazette.search.."},
            new String[] {"Annotate", "dev.gazette.annotate.."},
            new String[] {"Dossier", "dev.gazette.dossier.."},
            new String[] {"Similar", "dev.gazette.similar.."},
            new String[] {"Suggest", "dev.gazette.suggest.."},
            new String[] {"Model", "dev.gazette.model.."});

    /** An arrow allowed against the layers: from these classes, to these, and why. */
    private record Exception(String from, String to, String reason, String... toClasses) {
        DescribedPredicate<JavaClass> origin() {
            return resideInAPackage(from).as(from);
        }

        DescribedPredicate<JavaClass> target() {
            return DescribedPredicate.describe(String.join(", ", toClasses) + " (" + reason + ")",
                    c -> java.util.Arrays.stream(toClasses).anyMatch(t -> c.getName().equals(t)
                            || c.getName().startsWith(t + "$")));
        }
    }

    private static final List<Exception> EXCEPTIONS = List.of(
            new Exception("dev.gazette.ui..", "Enrich",
                    "display names: the window names countries, sub-regions and continents with the same "
                            + "geography the service uses (the region tree, the map, the table's Region column); "
                            + "the geography is immutable, loaded once, and does no input or output",
                    "dev.gazette.enrich.Geography"),
            new Exception("dev.gazette.cli..", "Enrich",
                    "the extract command prints the sub-region of a file it did not store, with the same "
                            + "pure geography the service uses",
                    "dev.gazette.enrich.Geography"),
            new Exception("dev.gazette.cli..", "Ingest",
                    "the extract command keys its JSON output by the loader's file-key rule, a pure function",
                    "dev.gazette.ingest.DocumentLoader"),
            new Exception("dev.gazette.ui..", "Dossier",
                    "the service returns the dossier it wrote as this immutable record; the window only reads it",
                    "dev.gazette.dossier.Dossier"),
            new Exception("dev.gazette.cli..", "Dossier",
                    "the service returns the dossier it wrote as these immutable records; the command prints them",
                    "dev.gazette.dossier.Dossier", "dev.gazette.dossier.DossierArticle"),
            new Exception("dev.gazette.dossier..", "Annotate",
                    "a dossier's chapter marks its highlights with the reader's own marker, so both agree",
                    "dev.gazette.annotate.HighlightMarker"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gazette");
    }

    @Test
    void everyClassBelongsToALayer() {
        classes().should().resideInAnyPackage(LAYERS.stream().map(l -> l[1]).toArray(String[]::new))
                .because("a class outside every layer escapes the arrows below; give a new package its layer "
                        + "here and in docs/architecture.md")
                .check(classes);
    }

    @Test
    void layersOnlyDependDownstream() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.gazette..");
        for (String[] l : LAYERS) {
            layers = layers.layer(l[0]).definedBy(l[1]);
        }
        for (Exception e : EXCEPTIONS) {
            layers = layers.ignoreDependency(e.origin(), e.target());
        }
        layers.whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI")
                // the window and the command line reach the rest only through the service
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Extract").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Enrich").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Search").mayOnlyBeAccessedByLayers("Service")
                // near-duplicate fingerprints: the service computes them, the store only keeps keys
                .whereLayer("Similar").mayOnlyBeAccessedByLayers("Service")
                // tag suggestions: the service learns and asks; the window and command line get records
                .whereLayer("Suggest").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Annotate").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Dossier").mayOnlyBeAccessedByLayers("Service")
                // below the service every layer stands on the model alone
                .whereLayer("Ingest").mayOnlyAccessLayers("Model")
                .whereLayer("Extract").mayOnlyAccessLayers("Model")
                .whereLayer("Enrich").mayOnlyAccessLayers("Model")
                .whereLayer("Store").mayOnlyAccessLayers("Model")
                .whereLayer("Search").mayOnlyAccessLayers("Model")
                .whereLayer("Annotate").mayOnlyAccessLayers("Model")
                .whereLayer("Dossier").mayOnlyAccessLayers("Model")
                .whereLayer("Suggest").mayOnlyAccessLayers("Model")
                .whereLayer("Similar").mayNotAccessAnyLayer()
                .whereLayer("Model").mayNotAccessAnyLayer()
                .check(classes);
    }

    @Test
    void everyExceptionIsStillUsed() {
        for (Exception e : EXCEPTIONS) {
            boolean used = classes.stream().filter(e.origin())
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .map(Dependency::getTargetClass)
                    .anyMatch(e.target());
            assertThat(used).as("nothing in %s uses %s any more: remove this exception (%s)", e.from(), String.join(", ", e.toClasses()),
                    e.reason()).isTrue();
        }
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
    void suggestionsArePure() {
        noClasses().that().resideInAPackage("dev.gazette.suggest..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jsoup..",
                        "com.fasterxml..", "java.net..", "java.nio.file..")
                .because("suggestions are learned on the machine from the records given: no database, no network, no files")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("dev.gazette.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    /** Besides the extractor and the loader, the highlight marker and the dossier's chapters parse HTML. */
    @Test
    void onlyTheExtractorAndLoaderParseHtml() {
        noClasses().that().resideInAnyPackage("dev.gazette.ui..", "dev.gazette.cli..", "dev.gazette.store..",
                        "dev.gazette.enrich..", "dev.gazette.service..", "dev.gazette.search..", "dev.gazette.model..")
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
