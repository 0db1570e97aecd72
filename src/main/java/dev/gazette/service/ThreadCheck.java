package dev.gazette.service;

/**
 * The window's promise that it never waits for the disk, made checkable: library work (JDBC)
 * and HTML parsing (Jsoup) reached through the service must not run on the JavaFX application
 * thread. When the system property {@code gazette.checkThreads} is true (the build sets it for
 * every test), such a call throws instead of freezing the window for a moment; otherwise the
 * check costs one volatile read. Knows the thread by its name, so the service needs no JavaFX.
 * Thread-safe.
 */
public final class ThreadCheck {

    /** The name JavaFX gives its application thread. */
    static final String UI_THREAD = "JavaFX Application Thread";

    private static volatile boolean enabled = Boolean.getBoolean("gazette.checkThreads");
    /** What was called on the JavaFX thread: kept, since a caller may swallow the exception. */
    private static final java.util.List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ThreadCheck() {
    }

    /** Throws when checking is on and the caller is the window's thread. */
    static void offUiThread(String what) {
        if (enabled && UI_THREAD.equals(Thread.currentThread().getName())) {
            if (violations.size() < 100) {
                violations.add(what);
            }
            throw new IllegalStateException(what + " on the JavaFX thread: the window must not wait for the disk"
                    + " or for HTML parsing; run it on a view-model's worker and publish the result");
        }
    }

    /** The calls made on the JavaFX thread since the last {@link #clear}, oldest first. */
    public static java.util.List<String> violations() {
        return java.util.List.copyOf(violations);
    }

    /** Forgets the calls recorded. */
    public static void clear() {
        violations.clear();
    }

    /** Whether the check is on. */
    public static boolean enabled() {
        return enabled;
    }

    /** Turns the check on or off (tests); returns what it was. */
    public static boolean enable(boolean on) {
        boolean was = enabled;
        enabled = on;
        return was;
    }
}
