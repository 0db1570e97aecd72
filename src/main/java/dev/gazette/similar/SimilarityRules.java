package dev.gazette.similar;

/**
 * Every tuning constant of near-duplicate detection, in one place, each with the reason it
 * has its value. The threshold is chosen on the labelled pairs kept in the test suite
 * ({@code LabelledPairsTest}); docs/copies.md has the figures.
 */
public final class SimilarityRules {

    private SimilarityRules() {
    }

    /**
     * Words per shingle. Five words rarely repeat by chance between two different stories
     * (stock phrases such as "said in a statement on" are four or five words, and one shared
     * phrase moves a score by one shingle only), yet a changed word breaks just five shingles.
     */
    public static final int SHINGLE_WORDS = 5;

    /**
     * Bodies with fewer shingles than this are never grouped: a caption-sized text does not
     * carry enough words to tell a copy from a story that merely opens the same way.
     */
    public static final int MIN_SHINGLES = 12;

    /**
     * The opening shingles fingerprinted on their own. Copies keep the story's opening far more
     * reliably than its end (truncated copies, "read more" cuts, added updates at the bottom),
     * so the opening finds truncated copies whose whole-body resemblance is low.
     */
    public static final int LEAD_SHINGLES = 60;

    /** Locality-sensitive bands per signature (one for the whole body, one for its opening). */
    public static final int BANDS = 16;

    /**
     * MinHash values per band. With 4 rows and 16 bands two texts become candidates with
     * probability 1-(1-s^4)^16: 0.97 at resemblance 0.6, 0.72 at 0.4, 0.12 at 0.2, and about
     * 2e-11 for two unrelated stories (resemblance near 0.001), so at 100,000 articles a new one
     * meets almost no stranger.
     */
    public static final int ROWS = 4;

    /**
     * Share of the shorter body's shingles found in the other body at or above which two bodies
     * are the same story. Containment, not Jaccard: a truncated copy or one with a paragraph
     * cut is wholly contained in the original. Chosen on the labelled set (LabelledPairs): the
     * most similar different stories score 0.39 (a follow-up repeating a background paragraph
     * against a truncated copy of the first story, half of which is that paragraph; another
     * bank's rate decision in the same template words scores 0.30); all copies but one score
     * 0.50 or more (the exception, 0.48, is a copy with a paragraph cut against a copy cut short
     * after that paragraph). Any threshold from 0.40 to 0.50 gives precision 1 on the set;
     * 0.50 keeps the widest margin above the hard negatives that still finds 97 % of the copies.
     */
    public static final double SAME_STORY = 0.50;

    /**
     * Jaccard resemblance at or above which a text saved again from the same address is the
     * same text, not an updated version: a re-saved page whose extraction now keeps or drops a
     * caption or a credit line differs by a few shingles; an update that adds or rewrites a
     * paragraph moves a story of a few hundred words well below 0.9.
     */
    public static final double SAME_TEXT = 0.90;

    /** Confirmed candidates at most per new article (the best-bucketed first). */
    public static final int MAX_CANDIDATES = 8;
}
