package dev.gazette.suggest;

/**
 * The hyperparameters a benchmark may tune on a validation split; {@link #DEFAULT} holds the
 * values the program uses (from {@link SuggestRules}, where each is explained).
 *
 * @param cost             the SVM's cost of a margin violation
 * @param titleWeight      how many body words a title word counts as
 * @param bigrams          whether word pairs are features
 * @param defaultThreshold the margin threshold of a tag without calibration
 * @param bestTagFloor     how far under its threshold an article's best tag is still offered
 * @param calibrate        whether thresholds are calibrated per tag on the newest tagged articles
 */
public record SuggestSettings(double cost, double titleWeight, boolean bigrams, double defaultThreshold,
                              double bestTagFloor, boolean calibrate) {

    public static final SuggestSettings DEFAULT = new SuggestSettings(SuggestRules.COST, SuggestRules.TITLE_WEIGHT,
            SuggestRules.BIGRAMS, SuggestRules.DEFAULT_THRESHOLD, SuggestRules.BEST_TAG_FLOOR, true);

    public SuggestSettings withCost(double c) {
        return new SuggestSettings(c, titleWeight, bigrams, defaultThreshold, bestTagFloor, calibrate);
    }

    public SuggestSettings withTitleWeight(double t) {
        return new SuggestSettings(cost, t, bigrams, defaultThreshold, bestTagFloor, calibrate);
    }

    public SuggestSettings withBigrams(boolean b) {
        return new SuggestSettings(cost, titleWeight, b, defaultThreshold, bestTagFloor, calibrate);
    }

    public SuggestSettings withDefaultThreshold(double t) {
        return new SuggestSettings(cost, titleWeight, bigrams, t, bestTagFloor, calibrate);
    }

    public SuggestSettings withBestTagFloor(double f) {
        return new SuggestSettings(cost, titleWeight, bigrams, defaultThreshold, f, calibrate);
    }

    public SuggestSettings withCalibration(boolean c) {
        return new SuggestSettings(cost, titleWeight, bigrams, defaultThreshold, bestTagFloor, c);
    }
}
