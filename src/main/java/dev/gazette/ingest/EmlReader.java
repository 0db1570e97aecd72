package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a saved e-mail newsletter ({@code .eml}) with mime4j. The HTML body is preferred (format
 * EML); a mail with only a plain-text body gives a TEXT document. Hints: {@code title} from
 * Subject, {@code sender} from the From display name (the newsletter's or organisation's name
 * as often as a writer's: extraction decides whether it is the author), {@code newsletter} from
 * the List-Id header's name, {@code site} from the From domain, {@code published} from the Date
 * header (ISO-8601). Inline images become resources with {@code cid:} locations. Attachments are
 * not read. Stateless and thread-safe.
 */
final class EmlReader {

    private EmlReader() {
    }

    static SourceDocument read(FileInput in) throws IOException {
        Message message = MimeParts.parse(in.bytes());
        List<Entity> parts = MimeParts.leaves(message);
        Entity html = null;
        Entity plain = null;
        for (Entity part : parts) {
            if (isAttachment(part)) {
                continue;
            }
            String type = MimeParts.mediaType(part);
            if (html == null && type.equals("text/html")) {
                html = part;
            } else if (plain == null && type.equals("text/plain")) {
                plain = part;
            }
        }
        Entity body = html != null ? html : plain;
        if (body == null) {
            throw new IOException("the e-mail has no text or HTML body");
        }
        byte[] raw = MimeParts.bytes(body, IngestLimits.MAX_GUNZIPPED_BYTES);
        List<String> declared = new ArrayList<>();
        String mimeCharset = MimeParts.declaredCharset(body);
        if (mimeCharset != null) {
            declared.add(mimeCharset);
        }
        if (html != null) {
            declared.addAll(HtmlDeclarations.declaredCharsets(raw));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(raw, declared);
        if (decoded.text().isBlank()) {
            throw new IOException("the e-mail body is empty");
        }
        return new SourceDocument(in.fileName(), html != null ? SourceFormat.EML : SourceFormat.TEXT,
                decoded.text(), decoded.charset(), null, in.modified(), SaveTime.hints(hints(message), null), List.of(),
                html != null ? MimeParts.images(parts) : List.of());
    }

    private static Map<String, String> hints(Message message) {
        Map<String, String> hints = new HashMap<>();
        String subject = MimeParts.header(message, "Subject");
        if (subject != null) {
            hints.put("title", subject);
        }
        String published = ContainerDates.isoText(MimeParts.header(message, "Date"));
        if (published != null) {
            hints.put("published", published);
        }
        String list = listName(MimeParts.header(message, "List-Id"));
        if (list != null) {
            hints.put("newsletter", list);
        }
        Mailbox from = firstFrom(message);
        if (from != null) {
            if (from.getName() != null && !from.getName().isBlank()) {
                hints.put("sender", from.getName().trim());
            }
            if (from.getDomain() != null && !from.getDomain().isBlank()) {
                hints.put("site", from.getDomain().trim().toLowerCase(Locale.ROOT));
            }
        }
        return hints;
    }

    /**
     * The name part of a List-Id header (RFC 2919): {@code "The Weekly Compass" <compass.example>}
     * gives {@code The Weekly Compass}; a List-Id with only the address gives null.
     */
    static String listName(String listId) {
        if (listId == null) {
            return null;
        }
        int lt = listId.indexOf('<');
        String name = (lt >= 0 ? listId.substring(0, lt) : "").strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return name.isEmpty() ? null : name;
    }

    private static Mailbox firstFrom(Message message) {
        try {
            MailboxList list = message.getFrom();
            return list == null || list.isEmpty() ? null : list.get(0);
        } catch (RuntimeException e) {
            return null; // a From header mime4j cannot parse: no author hint
        }
    }

    private static boolean isAttachment(Entity part) {
        String disposition = part.getDispositionType();
        return disposition != null && disposition.equalsIgnoreCase("attachment");
    }
}
