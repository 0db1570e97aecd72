package dev.gazette.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Turns bytes into text, choosing the charset in this order:
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16 LE/BE) wins over everything;</li>
 *   <li>UTF-16 without a mark, recognised by its pattern of zero bytes;</li>
 *   <li>the declared charsets, first usable one (MIME header, {@code <meta>}, XML declaration) —
 *       unless the bytes prove it wrong: not decodable in it, or valid multi-byte UTF-8 while it
 *       claims an 8-bit charset, or a Latin charset claimed for text that is mostly non-Latin;</li>
 *   <li>valid UTF-8;</li>
 *   <li>juniversalchardet's guess, with a check for Arabic windows-1256 (which it does not know);</li>
 *   <li>windows-1252, which decodes any byte.</li>
 * </ol>
 * Decoding never fails: bytes that do not fit become U+FFFD. Stateless and thread-safe.
 */
final class TextDecoder {

    /** The text and the name of the charset that decoded it. */
    record Decoded(String text, String charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /**
     * Script check of a declared 8-bit charset: least words with non-ASCII letters to judge by, and
     * most share of them showing the other script's pattern before the declaration is overruled.
     */
    private static final int SCRIPT_MIN_WORDS = 5;
    /** Charsets (Java names, lower case) whose letters are Latin script. */
    private static final java.util.Set<String> LATIN_SCRIPT_CHARSETS = java.util.Set.of(
            "us-ascii", "windows-1250", "windows-1252", "windows-1254", "windows-1257", "windows-1258",
            "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-9", "iso-8859-13",
            "iso-8859-15", "iso-8859-16", "x-macroman", "x-maccentraleurope", "x-macturkish", "x-maciceland",
            "x-macromania", "x-maccroatian", "ibm437", "ibm850", "ibm852");
    private static final double SCRIPT_MAX_WRONG_SHARE = 0.5;
    /**
     * UTF-16 without a BOM: least share of zero high bytes (spaces, ASCII), most share of zero low
     * bytes, least share of high bytes that are zero or the one most common value (a script block).
     */
    private static final double UTF16_MIN_ZERO_SHARE = 0.05;
    private static final double UTF16_OTHER_ZERO_SHARE = 0.01;
    private static final double UTF16_HIGH_BYTE_SHARE = 0.80;
    /** Arabic check: high bytes at least, share of them in runs, share mapping to Arabic letters. */
    private static final int ARABIC_MIN_HIGH_BYTES = 8;
    private static final double ARABIC_MIN_RUN_SHARE = 0.6;
    private static final double ARABIC_MIN_LETTER_SHARE = 0.7;
    /** Arabic check: at most this many high bytes per "al-" (bytes C7 E1) seen. */
    private static final int ARABIC_HIGH_BYTES_PER_ARTICLE = 80;
    /** Text that is mostly UTF-8 with a few broken bytes stays UTF-8 (valid multi-byte per bad byte). */
    private static final int MOSTLY_UTF8_RATIO = 4;

    private TextDecoder() {
    }

    /** Decodes with nothing declared. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, List.of());
    }

    /** Decodes, trying the declared charset names in order (null and unknown names are ignored). */
    static Decoded decode(byte[] bytes, List<String> declared) {
        // 1. byte order marks
        if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xff, 0xfe)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xfe, 0xff)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        // 2. UTF-16 without a mark
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return lenient(bytes, 0, utf16);
        }
        // one strict UTF-8 pass answers most files; the byte scan runs only for invalid UTF-8
        String utf8Text = strict(bytes, StandardCharsets.UTF_8);
        Utf8Scan utf8 = utf8Text == null ? Utf8Scan.of(bytes)
                : new Utf8Scan(utf8Text.length() < bytes.length ? 1 : 0, 0, utf8Text.length() < bytes.length);
        Decoded asUtf8 = utf8Text != null ? new Decoded(cap(utf8Text), StandardCharsets.UTF_8.name()) : null;
        // 3. declarations, unless the bytes contradict them
        for (String name : declared) {
            Charset cs = lookup(name);
            if (cs == null || isUtf16or32(cs)) {
                // a UTF-16 declaration read in ASCII-compatible bytes is wrong by construction
                continue;
            }
            if (cs.equals(StandardCharsets.UTF_8)) {
                if (utf8.valid() || utf8.mostly()) {
                    return asUtf8 != null ? asUtf8 : lenient(bytes, 0, StandardCharsets.UTF_8);
                }
                break; // declared UTF-8 but it is not: detect
            }
            if (utf8.valid() && utf8.multiByte() > 0) {
                return asUtf8; // declared 8-bit, written UTF-8
            }
            if (utf8.mostly()) {
                return lenient(bytes, 0, StandardCharsets.UTF_8);
            }
            if (isLatin(cs)) {
                if (!utf8.hasHighBytes()) {
                    return lenient(bytes, 0, cs);
                }
                String text = strict(bytes, cs);
                if (text != null && scriptLooksRight(text, true)) {
                    return new Decoded(cap(text), cs.name());
                }
                break; // declared Latin but the text is not: detect
            }
            String text = strict(bytes, cs);
            if (text != null && (!isSingleByte(cs) || scriptLooksRight(text, false))) {
                return new Decoded(cap(text), cs.name());
            }
            if (text != null) {
                break; // declared e.g. Cyrillic but the words read like Latin: detect
            }
            // not decodable in the declared charset: try the next declaration, else detect
        }
        // 4. valid UTF-8 (pure ASCII counts too), unless it is 7-bit ISO-2022 (escape sequences)
        if (asUtf8 != null && !utf8.hasHighBytes() && hasIso2022Escapes(bytes)) {
            Charset guess = detect(bytes);
            if (guess.name().toUpperCase(Locale.ROOT).startsWith("ISO-2022")) {
                return lenient(bytes, 0, guess);
            }
        }
        if (asUtf8 != null) {
            return asUtf8;
        }
        if (utf8.mostly()) {
            return lenient(bytes, 0, StandardCharsets.UTF_8);
        }
        // 5. detection
        return lenient(bytes, 0, detect(bytes));
    }

    /** ESC $ or ESC ( sequences: ISO-2022-JP/KR/CN switching character sets in 7-bit text. */
    private static boolean hasIso2022Escapes(byte[] bytes) {
        int n = Math.min(bytes.length, IngestLimits.DETECTOR_SAMPLE_BYTES) - 1;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0x1b && (bytes[i + 1] == '$' || bytes[i + 1] == '(')) {
                return true;
            }
        }
        return false;
    }

    /** juniversalchardet's guess, corrected for Arabic, falling back to windows-1252. */
    static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        int n = Math.min(bytes.length, IngestLimits.DETECTOR_SAMPLE_BYTES);
        for (int off = 0; off < n && !detector.isDone(); off += 16 * 1024) {
            detector.handleData(bytes, off, Math.min(16 * 1024, n - off));
        }
        detector.dataEnd();
        Charset guess = lookup(detector.getDetectedCharset());
        boolean singleByte = guess == null || isSingleByte(guess);
        if ((singleByte || isUtf16or32(guess) || guess.equals(StandardCharsets.UTF_8)) && looksArabic(bytes)) {
            return WINDOWS_1256; // the detector has no Arabic model and calls it Cyrillic or Latin
        }
        if (guess == null || guess.equals(StandardCharsets.UTF_8) || isUtf16or32(guess)) {
            return WINDOWS_1252;
        }
        return guess;
    }

    /** The charset a name stands for, with ISO-8859-1 and US-ASCII read as windows-1252 (as browsers do). */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("\"") || n.startsWith("'")) {
            n = n.substring(1);
        }
        if (n.endsWith("\"") || n.endsWith("'")) {
            n = n.substring(0, n.length() - 1);
        }
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso_8859-1",
                 "cp1252", "x-cp1252", "windows-1252", "cp819" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8", "utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "x-mac-cyrillic", "maccyrillic" -> n = "x-MacCyrillic";
            case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312" -> n = "GB18030";
            case "ks_c_5601-1987", "korean", "ksc5601", "euc-kr", "windows-949" -> n = "x-windows-949";
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j" -> n = "windows-31j";
            case "big5", "big-5", "x-x-big5" -> n = "Big5-HKSCS";
            case "tis-620", "tis620", "iso-8859-11" -> n = "x-windows-874";
            default -> {
            }
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 8-bit charsets for Latin-script languages (Western, Central European, Turkish, Baltic...). */
    private static boolean isLatin(Charset cs) {
        return LATIN_SCRIPT_CHARSETS.contains(cs.name().toLowerCase(Locale.ROOT));
    }

    private static boolean isSingleByte(Charset cs) {
        try {
            return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isUtf16or32(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("X-UTF-16") || n.startsWith("X-UTF-32");
    }

    /**
     * Whether text decoded with an 8-bit charset reads like that charset's script. Looks only at
     * words holding a non-ASCII letter, so markup and scripts do not dilute the evidence: Latin
     * languages mix accented and plain letters in a word ("café"), while Cyrillic, Greek or Arabic
     * words are wholly non-ASCII. Text decoded with the wrong kind of charset shows the other
     * pattern ("РњРѕСЃРєРІР°" read as Latin is all non-ASCII; "cafй" read as Cyrillic is mixed).
     */
    static boolean scriptLooksRight(String text, boolean latinCharset) {
        int pure = 0;
        int mixed = 0;
        int ascii = 0;
        int high = 0;
        int n = Math.min(text.length(), IngestLimits.DETECTOR_SAMPLE_BYTES);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c < 0x80) {
                    ascii++;
                } else {
                    high++;
                }
                continue;
            }
            if (high > 0) {
                if (ascii > 0) {
                    mixed++;
                } else if (high >= 2) {
                    pure++;
                }
            }
            ascii = 0;
            high = 0;
        }
        int words = pure + mixed;
        if (words < SCRIPT_MIN_WORDS) {
            return true; // too little evidence to overrule a declaration
        }
        double share = (double) (latinCharset ? pure : mixed) / words;
        return share <= SCRIPT_MAX_WRONG_SHARE;
    }

    /**
     * Arabic in windows-1256: high bytes come in runs (whole words), nearly all of them are Arabic
     * letters there, and the article "al-" recurs. Latin text has isolated accented letters between
     * ASCII ones; Cyrillic never has the byte pair of "al-" (capital Ze, small be).
     */
    static boolean looksArabic(byte[] bytes) {
        int n = Math.min(bytes.length, IngestLimits.DETECTOR_SAMPLE_BYTES);
        int high = 0;
        int inRun = 0;
        int arabic = 0;
        int alefLam = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                continue;
            }
            high++;
            boolean prevHigh = i > 0 && (bytes[i - 1] & 0x80) != 0;
            boolean nextHigh = i + 1 < n && (bytes[i + 1] & 0x80) != 0;
            if (prevHigh || nextHigh) {
                inRun++;
            }
            char c = new String(new byte[]{(byte) b}, WINDOWS_1256).charAt(0);
            if (c >= 0x0600 && c <= 0x06ff) {
                arabic++;
            }
            if (b == 0xc7 && nextHigh && (bytes[i + 1] & 0xff) == 0xe1) {
                alefLam++; // the article "al-", in nearly every Arabic sentence
            }
        }
        return high >= ARABIC_MIN_HIGH_BYTES
                && (double) inRun / high >= ARABIC_MIN_RUN_SHARE
                && (double) arabic / high >= ARABIC_MIN_LETTER_SHARE
                && alefLam >= Math.max(2, high / ARABIC_HIGH_BYTES_PER_ARTICLE);
    }

    /**
     * UTF-16 LE or BE recognised by its high bytes: on one side of each pair they are zero (ASCII,
     * spaces, markup) or one script's block (0x04 Cyrillic, 0x03 Greek, 0x06 Arabic), and 8-bit text
     * has no zero bytes at all.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, IngestLimits.BINARY_SNIFF_BYTES) & ~1;
        if (n < 4) {
            return null;
        }
        int[] even = new int[256];
        int[] odd = new int[256];
        for (int i = 0; i < n; i += 2) {
            even[bytes[i] & 0xff]++;
            odd[bytes[i + 1] & 0xff]++;
        }
        double pairs = n / 2.0;
        if (looksLikeHighBytes(odd, even, pairs)) {
            return StandardCharsets.UTF_16LE;
        }
        if (looksLikeHighBytes(even, odd, pairs)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksLikeHighBytes(int[] high, int[] low, double pairs) {
        if (high[0] / pairs < UTF16_MIN_ZERO_SHARE || low[0] / pairs > UTF16_OTHER_ZERO_SHARE) {
            return false;
        }
        int top = 0;
        for (int b = 1; b < 256; b++) {
            top = Math.max(top, high[b]);
        }
        return (high[0] + top) / pairs >= UTF16_HIGH_BYTE_SHARE;
    }

    /** True when the bytes start with a UTF-16 byte order mark or look like UTF-16. */
    static boolean mayBeUtf16(byte[] bytes) {
        return startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || utf16WithoutBom(bytes) != null;
    }

    private static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(cap(chars.toString()), cs.name());
        } catch (CharacterCodingException e) {
            // cannot happen with REPLACE
            return new Decoded(cap(new String(bytes, offset, bytes.length - offset, cs)), cs.name());
        }
    }

    /** Cuts text at the content limit without splitting a surrogate pair. */
    static String cap(String text) {
        int max = IngestLimits.MAX_CONTENT_CHARS;
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What a pass over the bytes found about UTF-8. */
    record Utf8Scan(int multiByte, int invalid, boolean hasHighBytes) {

        boolean valid() {
            return invalid == 0;
        }

        /** Mostly valid UTF-8 with a few broken bytes (a cut or a stray byte). */
        boolean mostly() {
            return invalid > 0 && multiByte >= MOSTLY_UTF8_RATIO * invalid;
        }

        static Utf8Scan of(byte[] b) {
            int multi = 0;
            int invalid = 0;
            boolean high = false;
            int i = 0;
            int n = b.length;
            while (i < n) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                high = true;
                int need;
                int min;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                    min = 0x80;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    min = 0x800;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                if (i + need >= n) {
                    // sequence cut by the end of the data
                    invalid++;
                    break;
                }
                int cp = c & (0x3f >> need);
                boolean ok = true;
                for (int k = 1; k <= need; k++) {
                    int cc = b[i + k] & 0xff;
                    if ((cc & 0xc0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3f);
                }
                if (ok && cp >= min && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
                    multi++;
                    i += need + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(multi, invalid, high);
        }
    }
}
