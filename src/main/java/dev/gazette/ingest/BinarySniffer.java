package dev.gazette.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Tells binary files (images, archives, documents, programs) from text by their first bytes, so a
 * PNG renamed to {@code .html} is refused with a clear reason instead of being imported as noise.
 * Stateless.
 */
final class BinarySniffer {

    /** Magic numbers: the leading bytes and what a person would call the file. */
    private static final Object[][] MAGIC = {
            {bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a), "PNG image"},
            {bytes(0xff, 0xd8, 0xff), "JPEG image"},
            {ascii("GIF87a"), "GIF image"},
            {ascii("GIF89a"), "GIF image"},
            {ascii("%PDF-"), "PDF document"},
            {bytes('P', 'K', 3, 4), "ZIP archive"},
            {bytes('P', 'K', 5, 6), "ZIP archive"},
            {bytes('P', 'K', 7, 8), "ZIP archive"},
            {bytes(0x1f, 0x8b), "gzip archive"},
            {bytes('7', 'z', 0xbc, 0xaf, 0x27, 0x1c), "7-Zip archive"},
            {bytes('R', 'a', 'r', '!', 0x1a, 0x07), "RAR archive"},
            {bytes(0xfd, '7', 'z', 'X', 'Z', 0), "xz archive"},
            {bytes(0x7f, 'E', 'L', 'F'), "executable program"},
            {bytes(0xca, 0xfe, 0xba, 0xbe), "Java class file"},
            {ascii("SQLite format 3\0"), "SQLite database"},
            {bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "Microsoft Office document"},
            {bytes('I', 'I', '*', 0), "TIFF image"},
            {bytes('M', 'M', 0, '*'), "TIFF image"},
            {ascii("wOFF"), "web font"},
            {ascii("wOF2"), "web font"},
            {bytes(0x1a, 0x45, 0xdf, 0xa3), "video (Matroska/WebM)"},
            {ascii("OggS"), "Ogg audio/video"},
            {ascii("fLaC"), "FLAC audio"},
            {ascii("ID3"), "MP3 audio"},
    };

    /** Share of control bytes in the sniffed head above which a file counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** A few stray control bytes (a NUL in a saved page) never make a file binary. */
    private static final int MIN_CONTROL_BYTES = 8;
    /** Share of non-text characters above which bytes that may be UTF-16 are binary (random bytes: about a quarter). */
    private static final double MAX_NOT_TEXT_SHARE = 0.05;

    private BinarySniffer() {
    }

    /**
     * What binary kind of file these bytes start, or null when they may be text. {@code mayBeUtf16}
     * says that NUL bytes are expected (UTF-16 text) and must not count as binary.
     */
    static String describe(byte[] data, boolean mayBeUtf16) {
        for (Object[] magic : MAGIC) {
            if (startsWith(data, (byte[]) magic[0])) {
                return (String) magic[1];
            }
        }
        if (data.length >= 12 && startsWith(data, ascii("RIFF"))) {
            String kind = new String(data, 8, 4, StandardCharsets.ISO_8859_1);
            return switch (kind) {
                case "WEBP" -> "WebP image";
                case "WAVE" -> "WAV audio";
                case "AVI " -> "AVI video";
                default -> "RIFF media file";
            };
        }
        if (data.length >= 12 && new String(data, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            String brand = new String(data, 8, 4, StandardCharsets.ISO_8859_1);
            return brand.startsWith("avi") || brand.startsWith("hei") || brand.startsWith("mif")
                    ? "AVIF/HEIF image" : "MP4/QuickTime video";
        }
        if (mayBeUtf16) {
            return mostlyNotText(data) ? "unknown binary data" : null;
        }
        int n = Math.min(data.length, IngestLimits.BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xff;
            // tab, line feed, form feed, carriage return and escape (ISO-2022) occur in text
            if (b < 0x20 && b != 0x09 && b != 0x0a && b != 0x0c && b != 0x0d && b != 0x1b) {
                control++;
            }
        }
        if (control > MIN_CONTROL_BYTES && (double) control / n > MAX_CONTROL_SHARE) {
            return "unknown binary data";
        }
        return null;
    }

    /**
     * For bytes that may be UTF-16 (NULs in them): whether, read as UTF-16 either way round,
     * they are mostly not text (controls, unassigned or private-use characters, lone surrogates),
     * as random bytes with NULs are and real UTF-16 text never is.
     */
    static boolean mostlyNotText(byte[] data) {
        int n = Math.min(data.length, IngestLimits.BINARY_SNIFF_BYTES) & ~1;
        if (n < 16) {
            return false;
        }
        return notTextShare(data, n, true) > MAX_NOT_TEXT_SHARE && notTextShare(data, n, false) > MAX_NOT_TEXT_SHARE;
    }

    private static double notTextShare(byte[] data, int n, boolean littleEndian) {
        int bad = 0;
        int start = (littleEndian ? data[0] == (byte) 0xff && data[1] == (byte) 0xfe
                : data[0] == (byte) 0xfe && data[1] == (byte) 0xff) ? 2 : 0;
        for (int i = start; i < n; i += 2) {
            int lo = data[i + (littleEndian ? 0 : 1)] & 0xff;
            int hi = data[i + (littleEndian ? 1 : 0)] & 0xff;
            char c = (char) (hi << 8 | lo);
            int type = Character.getType(c);
            boolean whitespace = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if ((type == Character.CONTROL && !whitespace) || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                bad++;
            }
        }
        return bad / ((n - start) / 2.0);
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
