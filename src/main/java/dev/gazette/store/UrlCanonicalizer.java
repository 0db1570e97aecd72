package dev.gazette.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Normalises an article's address for duplicate lookup: the scheme (http/https) and a leading
 * {@code www.} are dropped, the host is lower-cased, the fragment, default ports, tracking
 * parameters and a trailing slash are removed. Stateless.
 */
final class UrlCanonicalizer {

    /** Query parameters that only say how a reader arrived, not what the page is. */
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)(utm_[a-z_]*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|ref_src|taid)");

    private UrlCanonicalizer() {
    }

    static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        try {
            URI u = new URI(trimmed);
            if (u.getHost() == null) {
                return trimmed;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringJoiner query = new StringJoiner("&");
            if (u.getRawQuery() != null) {
                for (String part : u.getRawQuery().split("&")) {
                    String name = part.split("=", 2)[0];
                    if (!part.isEmpty() && !TRACKING.matcher(name).matches()) {
                        query.add(part);
                    }
                }
            }
            String q = query.toString();
            return "//" + host + path + (q.isEmpty() ? "" : "?" + q);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }
}
