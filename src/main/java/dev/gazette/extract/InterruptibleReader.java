package dev.gazette.extract;

import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * A reader over a string that stops when its thread is interrupted: the parser reads its input
 * in chunks, so an importer that gives up on a slow page (its per-file time limit) really stops
 * the parse within one chunk instead of letting it run on and hold memory. jsoup itself does not
 * look at interruption. Not thread-safe (one parse, one thread); leaves the interrupt flag set.
 */
final class InterruptibleReader extends Reader {

    private final String text;
    private int next;

    InterruptibleReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (Thread.currentThread().isInterrupted()) {
            throw new UncheckedIOException(new InterruptedIOException("parse stopped: the thread was interrupted"));
        }
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing held
    }
}
