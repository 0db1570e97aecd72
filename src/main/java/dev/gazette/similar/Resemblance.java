package dev.gazette.similar;

/**
 * Similarities of two sorted sets of distinct shingle hashes ({@link Shingles#set}). Stateless.
 */
public final class Resemblance {

    private Resemblance() {
    }

    /** How many hashes both sorted sets hold. */
    public static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** |A∩B| / min(|A|, |B|): 1 when one text is wholly inside the other; 0 when either is empty. */
    public static double containment(long[] a, long[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0 : (double) shared(a, b) / min;
    }

    /** |A∩B| / |A∪B|. */
    public static double jaccard(long[] a, long[] b) {
        int s = shared(a, b);
        int union = a.length + b.length - s;
        return union == 0 ? 0 : (double) s / union;
    }
}
