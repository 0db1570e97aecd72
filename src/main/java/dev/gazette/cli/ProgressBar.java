package dev.gazette.cli;

import dev.gazette.service.ImportProgress;

/** A one-line text progress bar for terminals. */
final class ProgressBar {
    private ProgressBar() {
    }

    static String render(ImportProgress p, int width) {
        int filled = (int) Math.round(p.fraction() * width);
        String left = p.secondsLeft() < 0 ? "?" : String.format("%.0fs", p.secondsLeft());
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                + p.done() + "/" + p.total() + String.format(" %.1f files/s, %s left", p.filesPerSecond(), left);
    }
}
