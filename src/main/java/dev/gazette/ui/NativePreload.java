package dev.gazette.ui;

/**
 * Loads JavaFX's WebKit native library on a background thread, so the reader's WebView can be
 * created later without a pause. JavaFX run from the class path unpacks that ~80 MB library
 * into its cache and checksums it on every start, which takes seconds; done here it overlaps
 * with the person looking at the window. When the internal loader is not reachable (a modular
 * runtime, a future JavaFX) nothing happens and the WebView loads the library itself.
 * Thread-safe.
 */
final class NativePreload {

    private NativePreload() {
    }

    static void webkitInBackground() {
        if (Boolean.getBoolean("gazette.ui.noPreload")) {
            return;
        }
        Thread t = new Thread(NativePreload::webkitNow, "gazette-webkit-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Loads it on this thread; returns quietly when it cannot. */
    static void webkitNow() {
        try {
            Class<?> loader = Class.forName("com.sun.glass.utils.NativeLibLoader");
            loader.getMethod("loadLibrary", String.class).invoke(null, "jfxwebkit");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The WebView will load it when it is first created.
        }
    }
}
