package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteCommandTest {

    @Test
    void isCommandKnowsExactlyTheCommandsPicocliBuilds() {
        CommandLine cli = GazetteCommand.commandLine();
        assertThat(cli.getSubcommands()).hasSizeGreaterThan(10);
        assertThat(cli.getSubcommands().keySet()).containsExactlyElementsOf(GazetteCommand.commandNames());
        for (String name : cli.getSubcommands().keySet()) {
            assertThat(GazetteCommand.isCommand(name)).as(name).isTrue();
        }
        for (String option : new String[] {"--help", "-h", "--version", "-V"}) {
            assertThat(GazetteCommand.isCommand(option)).as(option).isTrue();
        }
        for (String notOne : new String[] {"page.html", "story.mhtml", "Extract", "--library", ""}) {
            assertThat(GazetteCommand.isCommand(notOne)).as(notOne).isFalse();
        }
    }

    @Test
    void eachCommandIsKnownByTheNameItsAnnotationGives() {
        for (Map.Entry<String, Class<?>> c : GazetteCommand.commandClasses().entrySet()) {
            CommandLine.Command annotation = c.getValue().getAnnotation(CommandLine.Command.class);
            assertThat(annotation).as(c.getKey()).isNotNull();
            assertThat(annotation.name()).as(c.getValue().getSimpleName()).isEqualTo(c.getKey());
        }
    }

    @Test
    void aRunBuildsOnlyTheCommandItRunsUnlessItsAnswerCouldListThemAll() {
        assertThat(GazetteCommand.commandRun(new String[] {"extract", "--json", "a.html"})).isEqualTo("extract");
        assertThat(GazetteCommand.commandRun(new String[] {"--library", "/tmp/l", "list"})).isEqualTo("list");
        assertThat(GazetteCommand.commandRun(new String[] {"--library=/tmp/l", "show", "3"})).isEqualTo("show");
        for (List<String> all : List.<List<String>>of(List.of("help", "list"), List.of("--help"), List.of("--version"),
                List.of("lsit"), List.of("--bogus", "list"), List.of("--library"), List.of())) {
            assertThat(GazetteCommand.commandRun(all.toArray(String[]::new))).as(all.toString()).isNull();
        }
        CommandLine one = GazetteCommand.commandLine("list");
        assertThat(one.getSubcommands().keySet()).containsExactly("list");
        // the inherited --library reaches a command added on its own too
        assertThat(one.getSubcommands().get("list").getCommandSpec().findOption("--library")).isNotNull();
    }

    @Test
    void aCommandBuiltOnItsOwnTakesTheLibraryOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        CliRun r = CliRun.run("--library", tmp.resolve("lib").toString(), "list");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(tmp.resolve("lib")).exists();
        CliRun after = CliRun.run("list", "--library", tmp.resolve("lib2").toString());
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(tmp.resolve("lib2")).exists();
    }
}
