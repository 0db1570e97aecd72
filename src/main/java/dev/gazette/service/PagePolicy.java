package dev.gazette.service;

import dev.gazette.extract.StoredHtml;

/**
 * The reader never loads anything: every page given to the web view and every HTML file
 * Gazette writes (an article, a dossier) passes through {@link #page}, which removes whatever
 * could navigate or fetch (meta refresh, {@code <base>}, forms, frames, objects, scripts,
 * event handlers, remote sources) and puts {@link #CSP} first in the page's head. The policy
 * forbids every fetch except inline images and styles, every form target and every base URL.
 * Whatever the stored HTML holds (an import, a restore, an older library, a future bug), this
 * is the last door. Stateless; safe across threads.
 */
public final class PagePolicy {

    /** The Content-Security-Policy of every page shown or written. */
    public static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src 'none';"
            + " connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none';"
            + " worker-src 'none'; manifest-src 'none'; form-action 'none'; base-uri 'none'";

    private PagePolicy() {
    }

    /** The page with nothing left that navigates or loads, carrying {@link #CSP}. */
    public static String page(String html) {
        return StoredHtml.policedPage(html, CSP);
    }

    /** A stored body cleaned as an imported one is (what a restore stores). */
    public static String body(String html) {
        return StoredHtml.cleanBody(html);
    }
}
