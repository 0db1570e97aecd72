package dev.gazette.ui;

import dev.gazette.model.SourceFormat;
import dev.gazette.service.ArticleView;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A saved original made ready for its viewer: unpacked, decoded and sorted into HTML (shown in
 * a script-less WebView) or text. Made off the JavaFX thread (it reads and decompresses the
 * file); immutable.
 *
 * @param title what the viewer's window is called
 * @param html  the page, when the original is an HTML page; else null
 * @param text  the text, when it is anything else; else null
 */
record OriginalFile(String title, String html, String text) {

    /** No original in the library. */
    boolean missing() {
        return html == null && text == null;
    }

    /**
     * Reads the stored bytes of an article's original (null: not in the library); page, when not
     * null, is a web archive's page already decoded by the service (shown instead of its MIME text).
     */
    static OriginalFile of(ArticleView v, byte[] bytes, String page) {
        if (page != null) {
            String name = v.article().originalName() == null ? v.title() : v.article().originalName();
            return new OriginalFile("Original — " + name, page, null);
        }
        return of(v, bytes);
    }

    /** Reads the stored bytes of an article's original (null: not in the library). */
    static OriginalFile of(ArticleView v, byte[] bytes) {
        String title = "Original — " + (v.article().originalName() == null ? v.title() : v.article().originalName());
        if (bytes == null) {
            return new OriginalFile(title, null, null);
        }
        String name = v.article().originalName() == null ? "" : v.article().originalName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            try {
                bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
            } catch (IOException e) {
                bytes = new byte[0];
            }
            name = name.substring(0, name.length() - 3);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean html = v.article().format() == SourceFormat.HTML && (name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xhtml") || name.endsWith(".shtml"));
        return html ? new OriginalFile(title, text, null) : new OriginalFile(title, null, text);
    }
}
