package dev.gazette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When plain {@code java -jar} starts a command again with the launcher's options, and how. */
class RelaunchTest {

    @TempDir
    Path tmp;

    private static final String JAVA = "/opt/jdk/bin/java";

    @Test
    void plainJavaDashJarRunsTheCommandAgainWithTheLaunchersOptions() throws Exception {
        Path jar = Files.writeString(tmp.resolve("gazette.jar"), "");
        String[] args = {"extract", "--json", "page.html"};
        List<String> command = Relaunch.command(new String[] {"-jar", "gazette.jar", "extract", "--json", "page.html"},
                JAVA, jar, args).orElseThrow();
        assertThat(command).containsExactly(JAVA, "-XX:TieredStopAtLevel=1", "-Xss2m", "-jar", jar.toString(),
                "extract", "--json", "page.html");
    }

    @Test
    void theArchiveBesideTheJarIsUsedWhenThere() throws Exception {
        Path jar = Files.writeString(tmp.resolve("gazette.jar"), "");
        Files.writeString(tmp.resolve("gazette.jsa"), "");
        List<String> command = Relaunch.command(new String[] {"-jar", jar.toString(), "list"}, JAVA, jar,
                new String[] {"list"}).orElseThrow();
        assertThat(command).containsSubsequence("-XX:SharedArchiveFile=" + tmp.resolve("gazette.jsa"), "-jar",
                jar.toString(), "list");
        assertThat(command).containsAll(Relaunch.ARCHIVE_OPTIONS);
    }

    @Test
    void aJavaStartedWithOptionsOfItsOwnRunsAsStarted() throws Exception {
        Path jar = Files.writeString(tmp.resolve("gazette.jar"), "");
        String[] args = {"list"};
        for (String[] started : List.of(new String[] {"-Xmx2g", "-jar", "gazette.jar", "list"},
                new String[] {"-XX:TieredStopAtLevel=1", "-jar", "gazette.jar", "list"},
                new String[] {"-cp", "gazette.jar", "dev.gazette.Launcher", "list"})) {
            assertThat(Relaunch.command(started, JAVA, jar, args)).as(String.join(" ", started)).isEmpty();
        }
    }

    @Test
    void argumentsTheSystemCutShortStillRelaunchWithTheArgumentsMainReceived() throws Exception {
        // Linux gives a process's arguments up to a page: 116 pages' names are cut short
        Path jar = Files.writeString(tmp.resolve("gazette.jar"), "");
        String[] args = {"extract", "--json", "a.html", "b.html", "c.html"};
        List<String> command = Relaunch.command(new String[] {"-jar", "gazette.jar", "extract", "--json", "a.ht"},
                JAVA, jar, args).orElseThrow();
        assertThat(command.subList(command.size() - 5, command.size())).containsExactly(args);
    }

    @Test
    void nothingIsRelaunchedWhenTheSystemDoesNotSayHowJavaStartedOrFromWhere() throws Exception {
        Path jar = Files.writeString(tmp.resolve("gazette.jar"), "");
        String[] args = {"list"};
        String[] plain = {"-jar", "gazette.jar", "list"};
        assertThat(Relaunch.command(null, JAVA, jar, args)).isEmpty();
        assertThat(Relaunch.command(plain, null, jar, args)).isEmpty();
        assertThat(Relaunch.command(plain, JAVA, null, args)).isEmpty();
        assertThat(Relaunch.command(new String[] {"-jar", "gazette.jar"}, JAVA, jar, new String[0])).isEmpty();
    }
}
