package dev.gazette.cli;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {

    @Test
    void escapesWhatWouldDriveTheTerminal() {
        assertThat(TerminalText.line("Breaking\u001b[2J news")).isEqualTo("Breaking\\e[2J news");
        assertThat(TerminalText.line("\u001b]0;owned\u0007Title")).isEqualTo("\\e]0;owned\\x07Title");
        assertThat(TerminalText.line("two\nlines\r")).isEqualTo("two\\nlines\\r");
        assertThat(TerminalText.line("evil\u202etxt.md")).isEqualTo("evil\\u202etxt.md");
        assertThat(TerminalText.line("\u009b31m")).isEqualTo("\\u009b31m");
    }

    @Test
    void leavesOrdinaryTextAloneAndNeverPrintsNull() {
        String s = "Valparaíso — “quoted” 東京 🚢";
        assertThat(TerminalText.line(s)).isSameAs(s);
        assertThat(TerminalText.line(null)).isEmpty();
        assertThat(TerminalText.title(null)).isEqualTo("(untitled)");
        assertThat(TerminalText.title("  ")).isEqualTo("(untitled)");
        assertThat(TerminalText.text("para one\n\n\tpara\u001b[31m two")).isEqualTo("para one\n\n\tpara\\e[31m two");
    }

    /** Whatever the input, a line holds no control character and no direction override. */
    @RepeatedTest(20)
    void aLineNeverHoldsAControlCharacter() {
        Random r = new Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0xa0) : r.nextInt(0x3000));
        }
        String out = TerminalText.line(b.toString());
        assertThat(out.codePoints().filter(c -> Character.isISOControl(c)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))).isEmpty();
        assertThat(TerminalText.text(b.toString()).codePoints()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty();
    }
}
