package dev.gazette.suggest;

/**
 * Every tuning constant of the tag suggester, in one commented place. The values were chosen
 * on a validation split inside the training part of the benchmark's date split (never on its
 * test part); see docs/tags.md and {@code bench/TagBenchmark}.
 */
final class SuggestRules {

    private SuggestRules() {
    }

    // ---- what an article says --------------------------------------------------------------

    /** Characters of the body read: the top of a story says what it is about, and it bounds the work. */
    static final int BODY_CHARS = 6_000;
    /** A title word counts this many times a body word (validation preferred 1 to 1.5, 2 and 3). */
    static final double TITLE_WEIGHT = 1.0;
    /**
     * Word pairs as well as words ("money supply", "crude oil")? On validation they cost the rare
     * tags (macro-F1 0.50 against 0.54) and doubled learning time: no.
     */
    static final boolean BIGRAMS = false;
    /** A feature must occur in this many articles to be kept: a word seen once teaches nothing. */
    static final int MIN_DOCUMENT_FREQUENCY = 2;
    /** At most this many features (the most frequent kept): bounds memory to tags x this x 4 bytes. */
    static final int MAX_FEATURES = 60_000;

    // ---- learning --------------------------------------------------------------------------

    /** A tag is offered once this many articles carry it. */
    static final int MIN_EXAMPLES = 2;
    /** The SVM's cost of a margin violation (liblinear's and scikit-learn's default is 1). */
    static final double COST = 1.0;
    /** Extra cost for missing a positive of a tag with few examples: they are too few to be ignored. */
    static final double RARE_POSITIVE_BOOST = 2.0;
    /** Below this many examples a tag is "rare" for {@link #RARE_POSITIVE_BOOST}. */
    static final int RARE_EXAMPLES = 20;
    /** Dual coordinate descent: passes over the data at most, and the projected-gradient tolerance. */
    static final int MAX_PASSES = 300;
    static final double TOLERANCE = 0.1;
    /** Seed of the order coordinates are visited in: the same library learns the same model. */
    static final long SEED = 1987;

    // ---- offering --------------------------------------------------------------------------

    /**
     * The margin threshold of a tag without calibration: below the SVM's own boundary (0), as a
     * person would rather see a likely tag than none (validation: -0.5 over -0.4 and -0.25).
     */
    static final double DEFAULT_THRESHOLD = -0.5;
    /** Thresholds are calibrated on the newest share of the tagged articles, learned on the rest. */
    static final double CALIBRATION_SHARE = 0.2;
    /** Calibrate only with this many tagged articles; fewer keep the default threshold. */
    static final int CALIBRATION_MIN_ARTICLES = 200;
    /** A tag's calibrated threshold is pulled to the default as if it had this many more positives. */
    static final double THRESHOLD_PRIOR = 3.0;
    /** Calibrated thresholds stay within this distance of the default (a few examples mislead). */
    static final double THRESHOLD_SPREAD = 0.6;
    /** How fast a score leaves 0.5 as the margin leaves the tag's threshold. */
    static final double SCORE_SLOPE = 4.0;
    /** The best tag is offered even under its threshold when its margin is at least this far above it. */
    static final double BEST_TAG_FLOOR = -0.35;
}
