package dev.gazette.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words the suggester counts: runs of letters and digits, lower-cased;
 * a word holding a digit becomes one token for "a number" (figures say "results", not which
 * figure), words of one letter and a short list of English function words are dropped.
 * Stateless and thread-safe.
 */
final class WordTokens {

    /** The token every number becomes. */
    static final String NUMBER = "<n>";

    private static final Set<String> STOP = Set.of("the", "of", "to", "in", "and", "a", "on", "for", "is", "it",
            "that", "at", "by", "with", "from", "be", "was", "as", "its", "this", "are", "an", "will", "has", "have",
            "had", "but", "were", "or", "which", "been", "he", "she", "they", "we", "his", "her", "their", "would",
            "said", "also", "not", "there", "than", "these", "those", "into", "about", "after", "could", "should");

    private WordTokens() {
    }

    /** The words of text in order (never null). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < n) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                digit |= Character.isDigit(c);
                i += Character.charCount(c);
            }
            if (digit) {
                out.add(NUMBER);
                continue;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
