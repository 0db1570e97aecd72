package dev.gazette.service;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryLocationTest {

    @Test
    void explicitChoiceWinsOverEverything() {
        Path p = LibraryLocation.resolve("/tmp/lib", "/prop", Map.of("GAZETTE_LIBRARY", "/env"), "Linux", "/home/a");
        assertThat(p).isEqualTo(Path.of("/tmp/lib"));
    }

    @Test
    void propertyThenEnvironmentVariable() {
        assertThat(LibraryLocation.resolve(null, "/prop", Map.of("GAZETTE_LIBRARY", "/env"), "Linux", "/h"))
                .isEqualTo(Path.of("/prop"));
        assertThat(LibraryLocation.resolve(null, null, Map.of("GAZETTE_LIBRARY", "/env"), "Linux", "/h"))
                .isEqualTo(Path.of("/env"));
    }

    @Test
    void blankValuesAreIgnored() {
        assertThat(LibraryLocation.resolve(" ", "", Map.of("GAZETTE_LIBRARY", ""), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/gazette"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(LibraryLocation.resolve(null, null, Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/gazette"));
    }

    @Test
    void macAndWindowsUseTheirDataFolders() {
        assertThat(LibraryLocation.resolve(null, null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Gazette"));
        assertThat(LibraryLocation.resolve(null, null, Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"))
                .isEqualTo(Path.of("C:/Users/a/AppData/Roaming", "Gazette"));
    }
}
