package dev.gazette.service;

/**
 * The import's memory budget: how many bytes of heap the files being parsed may take together.
 * Each file is admitted with an estimate of what reading it costs (its size times what a parse
 * tree takes per character) and gives it back only when its worker has really finished, so a
 * worker that was passed over for taking too long still counts until it stops. Large files
 * therefore never parse two at a time, and never beside a stuck one.
 *
 * <p>A file is always admitted when nothing else is in flight (it is read with limits, see
 * {@link #maxChars()}, so it fits alone). Safe across threads.
 */
final class ImportMemory {

    /** Share of the heap the files in flight may take; the rest is the program, the batch, SQLite. */
    static final double SHARE_OF_HEAP = 0.55;
    /**
     * Heap bytes per character of a page while it is parsed and extracted: measured about 10 on a
     * 17 MB page of links (it needs 170-190 MB) and under 15 on 5 MB of one-line text; 12 leaves a
     * margin on the first and the text case is bounded by the cut below.
     */
    static final long BYTES_PER_CHAR = 12;
    /** What any file costs besides its text: buffers, the article, its regions. */
    static final long BASE_BYTES = 2L * 1024 * 1024;
    /** A gzip-compressed page is assumed to expand this much (it is checked when it is read). */
    static final long GZIP_EXPANSION = 6;
    /** Never cut a page below this many characters, however small the heap. */
    static final int MIN_CHARS = 1024 * 1024;

    private final long capacity;
    private long used;
    private int holders;

    ImportMemory(long heapBytes) {
        this.capacity = Math.max(64L * 1024 * 1024, (long) (heapBytes * SHARE_OF_HEAP));
    }

    private ImportMemory(long capacity, boolean exact) {
        this.capacity = capacity;
    }

    /** For tests: a budget of exactly this many bytes, however small. */
    static ImportMemory ofCapacity(long capacity) {
        return new ImportMemory(capacity, true);
    }

    static ImportMemory forThisProcess() {
        return new ImportMemory(Runtime.getRuntime().maxMemory());
    }

    /** The most characters of one document that are parsed: what fits in the budget alone. */
    int maxChars() {
        long chars = (capacity - BASE_BYTES) / BYTES_PER_CHAR;
        return (int) Math.max(MIN_CHARS, Math.min(Integer.MAX_VALUE - 16, chars));
    }

    /** The cost of reading a file of this many bytes on disk, never more than the whole budget. */
    long estimate(long fileBytes, boolean gzip) {
        long chars = gzip ? fileBytes * GZIP_EXPANSION : fileBytes;
        return Math.min(capacity, BASE_BYTES + Math.min(chars, maxChars()) * BYTES_PER_CHAR);
    }

    /** Takes bytes from the budget when they fit, or when nothing else holds any; else false. */
    synchronized boolean tryAcquire(long bytes) {
        if (holders == 0 || used + bytes <= capacity) {
            used += bytes;
            holders++;
            return true;
        }
        return false;
    }

    synchronized void release(long bytes) {
        used -= bytes;
        holders--;
        notifyAll();
    }

    /** Waits until something is released or the time is up. */
    synchronized void awaitRelease(long millis) throws InterruptedException {
        wait(millis);
    }

    synchronized long used() {
        return used;
    }

    long capacity() {
        return capacity;
    }
}
