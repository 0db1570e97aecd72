package dev.gazette.enrich;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text cut into tokens for gazetteer matching: runs of letters and digits, single
 * punctuation characters, and single Han or Kana characters (scripts written without spaces).
 * Each token keeps its place in the text, its folded key (lower case, accents removed,
 * typographic apostrophes and dashes unified) and its case. Not thread-safe (keys are filled
 * in lazily): one instance per text, used by one thread.
 */
final class Tokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /** Folded keys, computed when first asked for (most tokens never are). */
    private final String[] key;
    /** True when a line break (or the start of the text) comes before the token. */
    final boolean[] lineStart;

    private Tokens(String text, int size, int[] start, int[] end, String[] key, boolean[] lineStart) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.key = key;
        this.lineStart = lineStart;
    }

    static Tokens of(String text) {
        int cap = Math.max(16, text.length() / 4);
        int[] s = new int[cap];
        int[] e = new int[cap];
        String[] k = new String[cap];
        boolean[] ls = new boolean[cap];
        int n = 0;
        boolean newline = true;
        int i = 0;
        int len = text.length();
        while (i < len) {
            int cp = text.codePointAt(i);
            int cpLen = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (cp == '\n' || cp == '\r') {
                    newline = true;
                }
                i += cpLen;
                continue;
            }
            int from = i;
            int to;
            if (isWordChar(cp) && !isUnspacedScript(cp)) {
                to = i + cpLen;
                while (to < len) {
                    int c2 = text.codePointAt(to);
                    if (!isWordChar(c2) || isUnspacedScript(c2)) {
                        break;
                    }
                    to += Character.charCount(c2);
                }
            } else {
                to = i + cpLen;
            }
            if (n == s.length) {
                int c = n * 2;
                s = Arrays.copyOf(s, c);
                e = Arrays.copyOf(e, c);
                k = Arrays.copyOf(k, c);
                ls = Arrays.copyOf(ls, c);
            }
            s[n] = from;
            e[n] = to;
            k[n] = null;
            ls[n] = newline;
            newline = false;
            n++;
            i = to;
        }
        return new Tokens(text, n, s, e, k, ls);
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isUnspacedScript(int cp) {
        if (cp < 0x2E80) {
            return false; // below the CJK blocks
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
    }

    /** Base letters of the accented Latin letters U+00C0–U+024F ("é" → "e"), lower case. */
    private static final char[] LATIN_BASE = new char[0x250 - 0xC0];

    static {
        for (char c = 0xC0; c < 0x250; c++) {
            String d = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            LATIN_BASE[c - 0xC0] = d.length() == 1 ? d.charAt(0) : Character.toLowerCase(c);
        }
    }

    /** The matching key of one token or term: lower case, no accents, one apostrophe and dash. */
    static String fold(String s) {
        int n = s.length();
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c >= 0xC0 && c < 0x250) {
                b.append(LATIN_BASE[c - 0xC0]);
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                b.append('\'');
            } else if (c >= '\u2010' && c <= '\u2013') {
                b.append('-');
            } else {
                int type = Character.getType(c);
                if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                    b.append(Character.toLowerCase(c));
                }
            }
        }
        return b.toString();
    }

    /** The matching key of token i (see {@link #fold}). */
    String key(int i) {
        String k = key[i];
        if (k == null) {
            k = fold(text.substring(start[i], end[i]));
            key[i] = k;
        }
        return k;
    }

    /** True when token i starts with a lower-case letter: no gazetteer term can start there. */
    boolean startsLowerCase(int i) {
        return Character.isLowerCase(text.charAt(start[i]));
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    String span(int from, int to) {
        return text.substring(start[from], end[to]);
    }

    /** Starts with an upper-case letter, or is in a script without case. */
    boolean capitalised(int i) {
        int cp = text.codePointAt(start[i]);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || (Character.isLetter(cp) && !Character.isLowerCase(cp));
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(text.codePointAt(start[i]));
    }

    /** Every letter of the token is upper case (and it has at least two). */
    boolean allCaps(int i) {
        int letters = 0;
        for (int p = start[i]; p < end[i]; p++) {
            char c = text.charAt(p);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
