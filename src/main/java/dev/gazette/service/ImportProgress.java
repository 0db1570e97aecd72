package dev.gazette.service;

/**
 * A snapshot of a running import, for progress bars.
 *
 * @param secondsLeft estimated from the rate so far; negative while unknown
 */
public record ImportProgress(int total, int done, String currentFile, double filesPerSecond, double secondsLeft) {
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
