package dev.gazette;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of the docs stay true to the packages, as {@code ArchitectureTest} keeps the
 * layers: architecture.md's store rooms name every room {@code Library} hands over to, and
 * window.md's views name every view and view-model of {@code ui}; every class a table names
 * exists.
 */
class DocsTablesTest {

    /** What Library holds or calls that is the store's plumbing, not a room with a job. */
    private static final Set<String> PLUMBING = Set.of("Database", "BlobStore", "RegionGrouping", "Rooms",
            "StoreException", "Sql", "Library");

    /** A name in backticks, as the tables write classes: `Name`, `Name.method()`, `Name (…)`. */
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*)");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gazette");
    }

    /** The table rows of the section under this heading, up to the next heading. */
    static String tableUnder(Path doc, String heading) throws IOException {
        String text = Files.readString(doc);
        int start = text.indexOf("\n" + heading + "\n");
        assertThat(start).as("%s has a section %s", doc, heading).isNotNegative();
        int end = text.indexOf("\n#", start + heading.length() + 1);
        StringBuilder rows = new StringBuilder();
        for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
            if (line.startsWith("|")) {
                rows.append(line).append('\n');
            }
        }
        return rows.toString();
    }

    /** The class names a table writes in backticks. */
    static Set<String> namesIn(String table) {
        Set<String> names = new TreeSet<>();
        Matcher m = CLASS_NAME.matcher(table);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> topLevelNames(String pkg) {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().equals(pkg) && !c.getName().contains("$")) {
                names.add(c.getSimpleName());
            }
        }
        return names;
    }

    /** The store classes Library keeps, builds or calls: its rooms and its plumbing. */
    private static Set<String> usedByLibrary() {
        JavaClass library = classes.get("dev.gazette.store.Library");
        Set<String> used = new TreeSet<>();
        for (JavaField f : library.getFields()) {
            used.add(f.getRawType().getName());
        }
        for (JavaConstructorCall c : library.getConstructorCallsFromSelf()) {
            used.add(c.getTargetOwner().getName());
        }
        for (JavaMethodCall c : library.getMethodCallsFromSelf()) {
            if (c.getTarget().resolveMember().map(m -> m.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.STATIC)).orElse(false)) {
                used.add(c.getTargetOwner().getName());
            }
        }
        Set<String> rooms = new TreeSet<>();
        for (String name : used) {
            if (name.startsWith("dev.gazette.store.") && !name.contains("$")) {
                String simple = name.substring("dev.gazette.store.".length());
                if (!PLUMBING.contains(simple)) {
                    rooms.add(simple);
                }
            }
        }
        return rooms;
    }

    @Test
    void theStoreTableNamesEveryRoom() throws IOException {
        Set<String> table = namesIn(tableUnder(Path.of("docs/architecture.md"), "## The store's rooms"));
        assertThat(usedByLibrary()).as("rooms Library hands over to").isNotEmpty()
                .allSatisfy(room -> assertThat(table).as("architecture.md's store table names %s", room).contains(room));
        Set<String> store = topLevelNames("dev.gazette.store");
        assertThat(table).as("every class the store table names is in the store").allSatisfy(
                name -> assertThat(store).contains(name));
    }

    @Test
    void theWindowTableNamesEveryViewAndViewModel() throws IOException {
        Set<String> table = namesIn(tableUnder(Path.of("docs/window.md"), "## Views and view-models"));
        Set<String> ui = topLevelNames("dev.gazette.ui");
        Set<String> views = new TreeSet<>();
        for (String name : ui) {
            if (name.endsWith("View") || name.endsWith("ViewModel") || name.endsWith("Model")) {
                views.add(name);
            }
        }
        assertThat(views).as("views of ui").isNotEmpty()
                .allSatisfy(view -> assertThat(table).as("window.md's view table names %s", view).contains(view));
        assertThat(table).as("every ui class the view table names exists").allSatisfy(name -> assertThat(
                ui.contains(name) || name.equals("WebView")).as(name).isTrue());
    }
}
