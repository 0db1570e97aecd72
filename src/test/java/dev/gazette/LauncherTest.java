package dev.gazette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Command line or window: what {@code gazette ARGS} starts, without starting a window. */
class LauncherTest {

    @TempDir
    Path tmp;

    private final List<List<Path>> windows = new ArrayList<>();

    private record Run(int status, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Launcher.run(args, env, new PrintWriter(out), new PrintWriter(err), (lib, files) -> windows.add(files));
        return new Run(status, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(Map.of("DISPLAY", ":0"), args);
    }

    @Test
    void aTypoIsAnUnknownCommandWithASuggestionNotAWindow() {
        Run r = run("--library", tmp.resolve("lib").toString(), "lst");
        assertThat(windows).isEmpty();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command 'lst'").contains("Did you mean 'gazette list'?")
                .contains("Usage: gazette");
    }

    @Test
    void aMissingPathIsNamedAsNeitherCommandNorFile() {
        Run r = run(tmp.resolve("gone.html").toString());
        assertThat(windows).isEmpty();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("gone.html is neither a command nor a file that exists");
    }

    @Test
    void anExistingFileOpensTheWindowWithIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("story.txt"), "A headline\n\nSome text.\n");
        Run r = run(file.toString());
        assertThat(r.status()).isEqualTo(Launcher.WINDOW);
        assertThat(windows).containsExactly(List.of(file.toAbsolutePath()));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("--colour");
        assertThat(windows).isEmpty();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--colour");
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneSentenceAndPointsAtTheCommands() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"),
                "displays are named by DISPLAY on Linux only");
        Run r = run(Map.of("HOME", tmp.toString()), "--library", tmp.resolve("lib").toString());
        assertThat(windows).isEmpty();
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("the window needs a display").contains("gazette --help")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDisplayThatCannotBeOpenedIsReportedTheSameWay() {
        StringWriter err = new StringWriter();
        int status = Launcher.run(new String[0], Map.of("DISPLAY", ":99"), new PrintWriter(new StringWriter()),
                new PrintWriter(err), (lib, files) -> {
                    throw new UnsupportedOperationException("Unable to open DISPLAY");
                });
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("the window needs a display").contains("Unable to open DISPLAY");
    }

    @Test
    void displaysAreFoundByPlatform() {
        assertThat(Launcher.hasDisplay(Map.of(), "Windows 11")).isTrue();
        assertThat(Launcher.hasDisplay(Map.of(), "Mac OS X")).isTrue();
        assertThat(Launcher.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isTrue();
        assertThat(Launcher.hasDisplay(Map.of("DISPLAY", " "), "Linux")).isFalse();
    }
}
