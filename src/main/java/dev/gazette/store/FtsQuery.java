package dev.gazette.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns search-box words into an FTS5 MATCH expression that can never be a syntax error:
 * every word and every "exact phrase" becomes a double-quoted FTS5 string (inner double
 * quotes doubled), so operators such as AND, NEAR(, *, - or ^ in the input are searched as
 * text. Terms are combined with FTS5's implicit AND. A word ending in {@code *} becomes a
 * prefix query. Control characters (NUL would end the string early) become spaces. Terms
 * with no letter or digit are dropped (they could match nothing).
 * Stateless.
 */
public final class FtsQuery {

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private FtsQuery() {
    }

    /** The MATCH expression, or null when the input has nothing searchable. */
    public static String toMatch(String words) {
        List<String> terms = terms(words);
        if (terms.isEmpty()) {
            return null;
        }
        return String.join(" ", terms);
    }

    static List<String> terms(String words) {
        List<String> out = new ArrayList<>();
        if (words == null) {
            return out;
        }
        int i = 0;
        int n = words.length();
        while (i < n) {
            char ch = words.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '"') {
                int end = words.indexOf('"', i + 1);
                String phrase = end < 0 ? words.substring(i + 1) : words.substring(i + 1, end);
                i = end < 0 ? n : end + 1;
                add(out, phrase, false);
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(words.charAt(i)) && words.charAt(i) != '"') {
                    i++;
                }
                String word = words.substring(start, i);
                boolean prefix = word.endsWith("*");
                add(out, word, prefix);
            }
        }
        return out;
    }

    private static void add(List<String> out, String text, boolean prefix) {
        // NUL would end the FTS5 string early; other control characters are never meant
        String t = CONTROL.matcher(prefix ? text.replaceAll("\\*+$", "") : text).replaceAll(" ").strip();
        if (!searchable(t)) {
            return;
        }
        String quoted = '"' + t.replace("\"", "\"\"") + '"';
        out.add(prefix && endsWithWordChar(t) ? quoted + "*" : quoted);
    }

    private static boolean searchable(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean endsWithWordChar(String s) {
        return !s.isEmpty() && Character.isLetterOrDigit(s.codePointBefore(s.length()));
    }
}
