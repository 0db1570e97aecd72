package dev.gazette.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTML file says about itself before parsing: its declared charset ({@code <meta charset>},
 * {@code http-equiv} Content-Type, XML declaration) and the address and date a saving tool wrote
 * in a comment (SingleFile's header, the browsers' {@code <!-- saved from url=(NNNN)... -->}).
 * Stateless and thread-safe.
 */
final class HtmlDeclarations {

    /** {@code <?xml version="1.0" encoding="..."?>} at the very start. */
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    /** {@code <meta charset=...>} and {@code <meta http-equiv=Content-Type content="...; charset=...">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** SingleFile's header comment; url and saved date are lines inside it. */
    private static final Pattern SINGLEFILE = Pattern.compile(
            "<!--\\s*Page saved with SingleFile(.*?)-->", Pattern.DOTALL);
    private static final Pattern SINGLEFILE_URL = Pattern.compile("(?m)^\\s*url:\\s*(\\S+)\\s*$");
    private static final Pattern SINGLEFILE_DATE = Pattern.compile("(?m)^\\s*saved date:\\s*(.+?)\\s*$");
    /** The "mark of the web" browsers write into saved pages. */
    private static final Pattern SAVED_FROM = Pattern.compile(
            "<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->", Pattern.CASE_INSENSITIVE);

    /** Address and save date a saving tool recorded, each possibly null. */
    record SaveHeader(String url, Instant savedAt) {
        static final SaveHeader NONE = new SaveHeader(null, null);
    }

    private HtmlDeclarations() {
    }

    /** Charset names the start of an HTML file declares, XML declaration first. */
    static List<String> declaredCharsets(byte[] html) {
        int n = Math.min(html.length, IngestLimits.CHARSET_PRESCAN_BYTES);
        String head = new String(html, 0, n, StandardCharsets.ISO_8859_1);
        List<String> names = new ArrayList<>(2);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            names.add(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            names.add(meta.group(1));
        }
        return names;
    }

    /** The SingleFile header or, failing that, the browser's "saved from" comment. */
    static SaveHeader saveHeader(String html) {
        String head = html.length() > IngestLimits.HEADER_COMMENT_SCAN_CHARS
                ? html.substring(0, IngestLimits.HEADER_COMMENT_SCAN_CHARS) : html;
        Matcher sf = SINGLEFILE.matcher(head);
        if (head.contains("Page saved with SingleFile") && sf.find()) {
            String body = sf.group(1);
            Matcher url = SINGLEFILE_URL.matcher(body);
            Matcher date = SINGLEFILE_DATE.matcher(body);
            return new SaveHeader(url.find() ? url.group(1) : null,
                    date.find() ? ContainerDates.parse(date.group(1)) : null);
        }
        Matcher from = SAVED_FROM.matcher(head);
        if (head.contains("saved from url=") && from.find()) {
            String url = from.group(1);
            return new SaveHeader(url.startsWith("http") ? url : null, null);
        }
        return SaveHeader.NONE;
    }
}
