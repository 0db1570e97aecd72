package dev.gazette.ingest;

import dev.gazette.model.EmbeddedResource;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MIME containers (MHTML pages, saved e-mails) through Apache James mime4j: parses leniently,
 * lists the leaf parts, gives a part's transfer-decoded bytes and its declared charset, and
 * collects image parts as {@link EmbeddedResource}s. Stateless; each call builds its own parser,
 * so it is thread-safe.
 */
final class MimeParts {

    /** charset parameter of a Content-Type field. */
    private static final Pattern CHARSET_PARAM = Pattern.compile(
            "(?i)charset\\s*=\\s*\"?\\s*([A-Za-z0-9._:-]+)");
    /** Deepest nesting of multiparts followed (a crafted file cannot recurse without end). */
    private static final int MAX_NESTING = 20;
    /** Most parts looked at in one container. */
    private static final int MAX_PARTS = 5000;

    private MimeParts() {
    }

    /** Parses a whole message; lenient about line lengths, header counts and malformed headers. */
    static Message parse(byte[] bytes) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1)
                .setStrictParsing(false)
                .setMalformedHeaderStartsBody(true)
                .build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (MimeIOException e) {
            throw new IOException("damaged MIME structure (" + e.getMessage() + ")", e);
        }
    }

    /** The single (non-multipart) parts, depth first in document order. */
    static List<Entity> leaves(Entity root) {
        List<Entity> out = new ArrayList<>();
        collect(root, 0, out);
        return out;
    }

    private static void collect(Entity entity, int depth, List<Entity> out) {
        if (out.size() >= MAX_PARTS || depth > MAX_NESTING) {
            return;
        }
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, depth + 1, out);
            }
        } else if (body instanceof Message inner && depth > 0) {
            collect(inner, depth + 1, out); // an attached or forwarded message
        } else if (body instanceof SingleBody) {
            out.add(entity);
        }
    }

    /** The part's content with its transfer encoding (base64, quoted-printable) undone. */
    static byte[] bytes(Entity part, long limit) throws IOException {
        if (!(part.getBody() instanceof SingleBody body)) {
            return new byte[0];
        }
        try (InputStream in = body.getInputStream()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (data.length > limit) {
                throw new IOException("a part is larger than " + BoundedReading.megabytes(limit));
            }
            return data;
        }
    }

    /** Lower-case media type of a part ("text/html"), "text/plain" when it has none. */
    static String mediaType(Entity part) {
        String type = part.getMimeType();
        return type == null ? "text/plain" : type.toLowerCase(Locale.ROOT);
    }

    /** The charset the part's Content-Type names, or null when it names none. */
    static String declaredCharset(Entity part) {
        Field field = part.getHeader() == null ? null : part.getHeader().getField("Content-Type");
        if (field == null || field.getBody() == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(field.getBody());
        return m.find() ? m.group(1) : null;
    }

    /** A header's value, unfolded, with encoded-words decoded and raw UTF-8 read as UTF-8; or null. */
    static String header(Entity entity, String name) {
        Field field = entity.getHeader() == null ? null : entity.getHeader().getField(name);
        if (field == null) {
            return null;
        }
        String value = field.getBody();
        if (value == null) {
            return null;
        }
        if (value.chars().anyMatch(c -> c >= 0x80) && field.getRaw() != null) {
            // 8-bit header bytes (not allowed, but common): read them as UTF-8 when they are
            byte[] raw = field.getRaw().toByteArray();
            String text = TextDecoder.decode(raw).text();
            int colon = text.indexOf(':');
            value = colon >= 0 ? text.substring(colon + 1) : text;
        }
        value = value.replaceAll("\\r?\\n[ \\t]+", " ").trim();
        try {
            value = DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            // keep the raw text
        }
        return value.isBlank() ? null : value.trim();
    }

    /**
     * The image parts as resources: location is the part's Content-Location or, failing that, its
     * Content-ID as a {@code cid:} URL; parts with neither are left out. Bounded in number and size.
     */
    static List<EmbeddedResource> images(List<Entity> parts) {
        Map<String, EmbeddedResource> found = new LinkedHashMap<>();
        long total = 0;
        for (Entity part : parts) {
            if (!mediaType(part).startsWith("image/") || found.size() >= IngestLimits.MAX_RESOURCE_COUNT) {
                continue;
            }
            String location = header(part, "Content-Location");
            if (location != null) {
                location = location.replaceAll("\\s+", "");
            } else {
                String id = header(part, "Content-ID");
                if (id == null) {
                    continue;
                }
                id = id.trim();
                if (id.startsWith("<") && id.endsWith(">")) {
                    id = id.substring(1, id.length() - 1);
                }
                location = "cid:" + id;
            }
            if (found.containsKey(location)) {
                continue;
            }
            byte[] data;
            try {
                data = bytes(part, Math.min(IngestLimits.MAX_RESOURCE_BYTES, IngestLimits.MAX_RESOURCE_TOTAL_BYTES - total));
            } catch (IOException e) {
                continue; // too large or damaged: the page is still worth reading
            }
            if (data.length == 0) {
                continue;
            }
            total += data.length;
            found.put(location, new EmbeddedResource(location, mediaType(part), data));
        }
        return List.copyOf(found.values());
    }

    /** ASCII view of the bytes, for looking at headers and boundaries. */
    static String ascii(byte[] bytes, int max) {
        return new String(bytes, 0, Math.min(bytes.length, max), StandardCharsets.ISO_8859_1);
    }
}
