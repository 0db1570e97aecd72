package dev.gazette.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Image media types from leading bytes or, failing that, a file name ending. Stateless. */
final class MediaTypes {

    private static final Map<String, String> BY_ENDING = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("jfif", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"), Map.entry("avif", "image/avif"), Map.entry("bmp", "image/bmp"),
            Map.entry("ico", "image/x-icon"));

    private MediaTypes() {
    }

    /** The image type of these bytes (checked first) or of the name, or null when not an image. */
    static String imageType(byte[] data, String name) {
        if (startsWith(data, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(data, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (data.length >= 12 && startsWith(data, 'R', 'I', 'F', 'F')
                && new String(data, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "image/webp";
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int q = lower.indexOf('?');
        if (q >= 0) {
            lower = lower.substring(0, q);
        }
        int dot = lower.lastIndexOf('.');
        String type = dot >= 0 ? BY_ENDING.get(lower.substring(dot + 1)) : null;
        if (type != null) {
            return type;
        }
        String head = new String(data, 0, Math.min(data.length, 512), StandardCharsets.ISO_8859_1);
        return head.contains("<svg") ? "image/svg+xml" : null;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
