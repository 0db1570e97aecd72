package dev.gazette.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search words that ask about what a person added rather than what an article says:
 * {@code has:highlight}, {@code has:note} (plural forms too) and their negations with a
 * leading {@code -}. The search syntax passes them on among the words; here they become
 * conditions on the {@code listing} row (alias {@code l}), and {@link FtsQuery} leaves them
 * out of the full-text match. Stateless.
 */
final class AnnotationTerms {

    /** A has: word, optionally negated. */
    private static final Pattern HAS = Pattern.compile("(?i)-?has:(highlights?|notes?)");

    /** Articles with at least one highlight. */
    static final String WITH_HIGHLIGHT = "l.id IN (SELECT article_id FROM highlight)";
    /** Articles with a note. */
    static final String WITH_NOTE = "l.id IN (SELECT article_id FROM user_state WHERE notes IS NOT NULL)";

    private AnnotationTerms() {
    }

    static boolean isHas(String word) {
        return word != null && HAS.matcher(word).matches();
    }

    /** Adds the SQL condition of every has: word in words (none when there is none). */
    static void conditions(String words, List<String> conditions) {
        for (String w : unquotedWords(words)) {
            if (!isHas(w)) {
                continue;
            }
            boolean negated = w.startsWith("-");
            String kind = w.substring(w.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            String c = kind.startsWith("highlight") ? WITH_HIGHLIGHT : WITH_NOTE;
            String condition = negated ? "NOT (" + c + ")" : c;
            if (!conditions.contains(condition)) {
                conditions.add(condition);
            }
        }
    }

    /** The words outside double quotes, as FtsQuery splits them. */
    private static List<String> unquotedWords(String words) {
        List<String> out = new ArrayList<>();
        if (words == null) {
            return out;
        }
        boolean quoted = false;
        for (String part : words.split("\"", -1)) {
            if (!quoted) {
                for (String w : part.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
            quoted = !quoted;
        }
        return out;
    }
}
