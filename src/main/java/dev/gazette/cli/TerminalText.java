package dev.gazette.cli;

/**
 * Text from articles and files made safe to print on a terminal: control characters (an
 * {@code ESC [2J} that clears the screen, an {@code ESC ]0;…BEL} that sets the window title, a
 * newline in a file name that breaks the one-line-per-file output, a carriage return that
 * overwrites what was printed) and the invisible direction overrides are shown escaped, as
 * {@code \e}, {@code \n}, {@code \x07}, {@code \u202e}. JSON output does not use this: it is exact.
 * Stateless and thread-safe.
 */
final class TerminalText {

    /** What a missing headline is printed as: never {@code null}. */
    static final String UNTITLED = "(untitled)";

    private TerminalText() {
    }

    /** One line of text: every control character escaped, null as the empty string. */
    static String line(String s) {
        return escape(s, false);
    }

    /** A headline: escaped as {@link #line}, and {@value #UNTITLED} when there is none. */
    static String title(String s) {
        return s == null || s.isBlank() ? UNTITLED : line(s);
    }

    /** Running text (an article's body, a note): newlines and tabs kept, every other control escaped. */
    static String text(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            String repl = keepLines && (c == '\n' || c == '\t') ? null : replacement(c);
            if (repl != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (repl != null) {
                    b.append(repl);
                } else {
                    b.appendCodePoint(c);
                }
            }
            i = next;
        }
        return b == null ? s : b.toString();
    }

    private static String replacement(int c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case 0x1b:
                return "\\e";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("\\x%02x", c);
        }
        if ((c >= 0x80 && c <= 0x9f) || isDirectionControl(c)) {
            return String.format("\\u%04x", c);
        }
        return null;
    }

    /** The bidirectional overrides and isolates that make text read in another order than it is. */
    private static boolean isDirectionControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
