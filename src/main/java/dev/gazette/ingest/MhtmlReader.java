package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an MHTML single-file page (Chrome, Edge, Internet Explorer {@code .mht}) with mime4j: the
 * HTML part becomes the content, {@code Snapshot-Content-Location} (else the HTML part's
 * {@code Content-Location}) the url, the {@code Date} header savedAt, and image parts embedded
 * resources. A file whose multipart header lost its boundary is retried with the boundary the
 * body itself uses. Stateless and thread-safe.
 */
final class MhtmlReader {

    /** First boundary-looking line of a body: "--" then a few non-space characters (the opener). */
    private static final Pattern BOUNDARY_LINE = Pattern.compile("(?m)^--(\\S{3,200})[ \\t\\r]*$");
    /** The Content-Type field of a header block, with its folded continuation lines. */
    private static final Pattern CONTENT_TYPE_FIELD = Pattern.compile("(?im)^Content-Type:.*(?:\\r?\\n[ \\t].*)*\\r?\\n");

    private MhtmlReader() {
    }

    static SourceDocument read(FileInput in) throws IOException {
        Message message = MimeParts.parse(in.bytes());
        List<Entity> parts = MimeParts.leaves(message);
        String snapshot = MimeParts.header(message, "Snapshot-Content-Location");
        Entity html = htmlPart(parts, snapshot);
        if (html == null) {
            byte[] repaired = withBoundaryFromBody(in.bytes());
            if (repaired != null) {
                message = MimeParts.parse(repaired);
                parts = MimeParts.leaves(message);
                html = htmlPart(parts, snapshot);
            }
        }
        if (html == null) {
            throw new IOException("no HTML page inside this MHTML file (its MIME boundary may be missing or wrong)");
        }
        byte[] raw = MimeParts.bytes(html, IngestLimits.MAX_GUNZIPPED_BYTES);
        List<String> declared = new ArrayList<>();
        String mimeCharset = MimeParts.declaredCharset(html);
        if (mimeCharset != null) {
            declared.add(mimeCharset);
        }
        declared.addAll(HtmlDeclarations.declaredCharsets(raw));
        TextDecoder.Decoded decoded = TextDecoder.decode(raw, declared);
        if (decoded.text().isBlank()) {
            throw new IOException("the page inside this MHTML file is empty");
        }
        String url = snapshot != null ? clean(snapshot) : clean(MimeParts.header(html, "Content-Location"));
        Instant saved = ContainerDates.parse(MimeParts.header(message, "Date"));
        return new SourceDocument(in.fileName(), SourceFormat.MHTML, decoded.text(), decoded.charset(), url,
                saved != null ? saved : in.modified(), SaveTime.hints(Map.of(), saved), List.of(), MimeParts.images(parts));
    }

    /** The HTML part at the snapshot's address, else the first HTML part. */
    private static Entity htmlPart(List<Entity> parts, String snapshot) {
        Entity first = null;
        for (Entity part : parts) {
            if (!MimeParts.mediaType(part).equals("text/html")) {
                continue;
            }
            if (first == null) {
                first = part;
            }
            String location = clean(MimeParts.header(part, "Content-Location"));
            if (snapshot != null && clean(snapshot).equals(location)) {
                return part;
            }
        }
        return first;
    }

    /**
     * The file with its top Content-Type replaced by multipart/related and the boundary that the
     * body's first "--..." line uses, or null when the body has no such line.
     */
    static byte[] withBoundaryFromBody(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte, reversible
        int split = all.indexOf("\r\n\r\n");
        int lf = all.indexOf("\n\n");
        int headerEnd = split >= 0 && (lf < 0 || split < lf) ? split + 2 : lf >= 0 ? lf + 1 : -1;
        if (headerEnd < 0) {
            return null;
        }
        String header = all.substring(0, headerEnd);
        String body = all.substring(headerEnd);
        Matcher line = BOUNDARY_LINE.matcher(body);
        if (!line.find()) {
            return null;
        }
        String boundary = line.group(1);
        String newHeader = CONTENT_TYPE_FIELD.matcher(header).replaceAll("")
                + "Content-Type: multipart/related; boundary=\"" + boundary.replace("\"", "") + "\"\r\n";
        return (newHeader + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String clean(String location) {
        if (location == null) {
            return null;
        }
        String s = location.replaceAll("\\s+", "");
        return s.isEmpty() ? null : s;
    }
}
