package dev.gazette.bench;

/**
 * Micro-averaged true positives, false positives and false negatives: precision, recall and F1
 * over all items of all pages (the snippet and country-set scores). Immutable.
 */
record Tally(long tp, long fp, long fn) {

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
