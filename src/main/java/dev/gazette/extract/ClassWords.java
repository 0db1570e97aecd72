package dev.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of words looked for in an element's class and id: plain entries match anywhere
 * ("comment" in "commentList"), entries written {@code =word} only as a whole token ("ad" in
 * "top ad" but not in "header"). Much faster than one regular expression with many
 * alternatives, which the extractor would run on every element. Immutable and thread-safe.
 */
final class ClassWords {

    private final String[] anywhere;
    private final String[] tokens;

    private ClassWords(String[] anywhere, String[] tokens) {
        this.anywhere = anywhere;
        this.tokens = tokens;
    }

    static ClassWords of(String... words) {
        List<String> any = new ArrayList<>();
        List<String> tok = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith("=")) {
                tok.add(w.substring(1));
            } else {
                any.add(w);
            }
        }
        return new ClassWords(any.toArray(String[]::new), tok.toArray(String[]::new));
    }

    /** True when the class/id text holds one of the words (case ignored). */
    boolean in(String classAndId) {
        if (classAndId == null || classAndId.isEmpty()) {
            return false;
        }
        String key = classAndId.toLowerCase(Locale.ROOT);
        for (String w : anywhere) {
            if (key.contains(w)) {
                return true;
            }
        }
        if (tokens.length == 0) {
            return false;
        }
        int i = 0;
        int n = key.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            if (i > start) {
                for (String t : tokens) {
                    if (t.length() == i - start && key.startsWith(t, start)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
