package dev.gazette.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Material Design icon the window names exists in the icon pack Gazette ships. An unknown
 * name only fails when its menu is first shown (the reader's context menu threw so, for a
 * "mdi2n-note-edit-outline" the pack does not have), so it is checked here, from the sources.
 */
class IconNamesTest {

    private static final Pattern ICON = Pattern.compile("\"(mdi2([a-z])-[a-z0-9-]+)\"");

    @Test
    void everyIconNamedInTheSourcesIsInThePack() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            Matcher m = ICON.matcher(Files.readString(source));
            while (m.find()) {
                names.add(m.group(1));
                if (!inPack(m.group(1), m.group(2))) {
                    missing.add(m.group(1) + " (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(names).as("icons named in src/main/java").hasSizeGreaterThan(20);
        assertThat(missing).as("icons the pack does not have").isEmpty();
    }

    /** Asks the pack's enum for the letter ("mdi2n-…" is in MaterialDesignN). */
    private static boolean inPack(String name, String letter) {
        try {
            Class<?> pack = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter.toUpperCase(Locale.ROOT));
            pack.getMethod("findByDescription", String.class).invoke(null, name);
            return true;
        } catch (java.lang.reflect.InvocationTargetException unknown) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the icon pack has no class for " + name, e);
        }
    }
}
