package dev.gazette.ingest;

import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads an HTML page (plain or gunzipped): decodes it by its declarations and the bytes, reads
 * the address and save date a saving tool left in a header comment (SingleFile, "saved from
 * url"), and loads the local images of a "Web page, complete" save. Stateless and thread-safe.
 */
final class HtmlReader {

    private HtmlReader() {
    }

    static SourceDocument read(FileInput in) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(in.bytes(), HtmlDeclarations.declaredCharsets(in.bytes()));
        String html = decoded.text();
        if (html.isBlank()) {
            throw new IOException("the page is empty");
        }
        HtmlDeclarations.SaveHeader header = HtmlDeclarations.saveHeader(html);
        List<EmbeddedResource> resources = SavedPageFolder.load(in.path(), html);
        return new SourceDocument(in.fileName(), SourceFormat.HTML, html, decoded.charset(), header.url(),
                header.savedAt() != null ? header.savedAt() : in.modified(), SaveTime.hints(Map.of(), header.savedAt()), List.of(), resources);
    }
}
