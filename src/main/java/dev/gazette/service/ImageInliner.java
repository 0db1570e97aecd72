package dev.gazette.service;

import dev.gazette.model.EmbeddedResource;

import java.util.Base64;
import java.util.List;

/**
 * Makes an article's own saved images show without any network: every image resource the
 * article was saved with replaces its quoted location in the reading HTML by a {@code data:}
 * URI. Other resources (style sheets, scripts) are left alone, and so is a location the HTML
 * does not quote. Returns a new string, never changes its input; stateless and safe across
 * threads. (Not to be confused with {@code extract.ReadingHtml}, which builds the reading
 * HTML from a page.)
 */
final class ImageInliner {

    private ImageInliner() {
    }

    static String inline(String html, List<EmbeddedResource> resources) {
        if (html == null || resources.isEmpty()) {
            return html;
        }
        String out = html;
        for (EmbeddedResource r : resources) {
            if (r.location() == null || r.location().isEmpty() || r.data() == null) {
                continue;
            }
            String type = r.mediaType() == null ? "application/octet-stream" : r.mediaType();
            if (!type.startsWith("image/")) {
                continue;
            }
            String data = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(r.data());
            out = out.replace("\"" + r.location() + "\"", "\"" + data + "\"");
        }
        return out;
    }
}
