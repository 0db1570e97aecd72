package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteCommandTest {

    @Test
    void isCommandKnowsExactlyTheCommandsPicocliBuilds() {
        CommandLine cli = new CommandLine(new GazetteCommand());
        assertThat(cli.getSubcommands()).hasSizeGreaterThan(10);
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
}
