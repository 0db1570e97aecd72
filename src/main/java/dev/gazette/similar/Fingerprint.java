package dev.gazette.similar;

import java.util.Arrays;
import java.util.List;

/**
 * What near-duplicate detection keeps of one body: its distinct shingles (to confirm a
 * candidate) and its bucket keys (to find candidates: two bodies sharing any key are
 * compared). Immutable (the arrays are copies and never handed out to change).
 *
 * <p>Keys: a MinHash signature of {@link SimilarityRules#BANDS} × {@link SimilarityRules#ROWS}
 * values over all shingles, and another over the first {@link SimilarityRules#LEAD_SHINGLES};
 * each band of rows is hashed into one 32-bit key whose top bits name the band, so one key
 * column in one table serves every band of both signatures.
 */
public final class Fingerprint {

    private static final long[] SEEDS = seeds(2 * SimilarityRules.BANDS * SimilarityRules.ROWS);

    private final long[] shingles;
    private final int[] keys;

    private Fingerprint(long[] shingles, int[] keys) {
        this.shingles = shingles;
        this.keys = keys;
    }

    /** The fingerprint of an article body (null counts as empty). */
    public static Fingerprint of(String body) {
        List<String> words = Shingles.words(body);
        long[] ordered = Shingles.inOrder(words, Integer.MAX_VALUE);
        long[] set = Shingles.distinct(ordered);
        if (set.length < SimilarityRules.MIN_SHINGLES) {
            return new Fingerprint(set, new int[0]);
        }
        long[] lead = Shingles.distinct(Arrays.copyOf(ordered, Math.min(ordered.length, SimilarityRules.LEAD_SHINGLES)));
        int bands = SimilarityRules.BANDS;
        int[] keys = new int[2 * bands];
        bandKeys(set, 0, keys, 0);
        bandKeys(lead, bands * SimilarityRules.ROWS, keys, bands);
        return new Fingerprint(set, keys);
    }

    private static void bandKeys(long[] set, int seedOffset, int[] keys, int keyOffset) {
        int rows = SimilarityRules.ROWS;
        for (int band = 0; band < SimilarityRules.BANDS; band++) {
            long h = band + keyOffset;
            for (int r = 0; r < rows; r++) {
                long seed = SEEDS[seedOffset + band * rows + r];
                long min = Long.MAX_VALUE;
                for (long s : set) {
                    long v = Shingles.mix(s ^ seed);
                    if (v < min) {
                        min = v;
                    }
                }
                h = Shingles.mix(h * 0x9E3779B97F4A7C15L + min);
            }
            int slot = keyOffset + band; // 0..31: five bits
            keys[slot] = (slot << 26) | (int) (h & 0x3FFFFFF);
        }
    }

    private static long[] seeds(int n) {
        long[] s = new long[n];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < n; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = Shingles.mix(x);
        }
        return s;
    }

    /** True when the body is long enough to be grouped with another. */
    public boolean groupable() {
        return keys.length > 0;
    }

    /** The bucket keys (empty when not groupable); a copy. */
    public int[] keys() {
        return keys.clone();
    }

    /** How many distinct shingles the body has. */
    public int size() {
        return shingles.length;
    }

    /** Containment of the two bodies' shingles (see {@link Resemblance#containment}). */
    public double containment(Fingerprint other) {
        return Resemblance.containment(shingles, other.shingles);
    }

    /** True when both are groupable and their containment reaches {@link SimilarityRules#SAME_STORY}. */
    public boolean sameStory(Fingerprint other) {
        return groupable() && other.groupable() && containment(other) >= SimilarityRules.SAME_STORY;
    }

    /** Containment of this body's shingles and another body's (for a candidate read back as text). */
    public double containment(String otherBody) {
        return Resemblance.containment(shingles, Shingles.set(otherBody));
    }

    /** Jaccard resemblance of this body's shingles and another body's. */
    public double resemblance(String otherBody) {
        return Resemblance.jaccard(shingles, Shingles.set(otherBody));
    }

    /** As {@link #sameStory(Fingerprint)} for a body read back as text. */
    public boolean sameStory(String otherBody) {
        if (!groupable()) {
            return false;
        }
        long[] other = Shingles.set(otherBody);
        return other.length >= SimilarityRules.MIN_SHINGLES
                && Resemblance.containment(shingles, other) >= SimilarityRules.SAME_STORY;
    }

    /** True when the two share at least one bucket key (they would be compared). */
    public boolean candidateOf(Fingerprint other) {
        int[] a = keys;
        for (int x : a) {
            for (int y : other.keys) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}
