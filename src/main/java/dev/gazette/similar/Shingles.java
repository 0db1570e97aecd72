package dev.gazette.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's word shingles: runs of {@link SimilarityRules#SHINGLE_WORDS} consecutive words
 * (Unicode word characters, lower-cased), each hashed to 64 bits. Stateless; thread-safe.
 */
public final class Shingles {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private Shingles() {
    }

    /** The words of a text, lower-cased. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The hashed shingles in text order (repeats kept), at most limit of them; a text shorter
     * than one shingle gives one shingle of all its words, an empty text none.
     */
    public static long[] inOrder(List<String> words, int limit) {
        int k = SimilarityRules.SHINGLE_WORDS;
        if (words.isEmpty()) {
            return new long[0];
        }
        int n = Math.min(limit, Math.max(1, words.size() - k + 1));
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            out[i] = h;
        }
        return out;
    }

    /** The distinct hashed shingles of a text, sorted (the set the similarities compare). */
    public static long[] set(String text) {
        return distinct(inOrder(words(text), Integer.MAX_VALUE));
    }

    static long[] distinct(long[] hashes) {
        long[] s = hashes.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }

    /** FNV-1a over the UTF-16 units, then mixed: stable across runs and machines. */
    static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
