package dev.gazette.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates containers write: ISO-8601 (front matter, wallabag), RFC 5322 mail dates
 * (MHTML, e-mail) and JavaScript's {@code Date.toString()} (SingleFile). Dates without a time
 * are taken as midnight UTC; times without an offset as UTC. Stateless and thread-safe.
 */
final class ContainerDates {

    /** "Sat Apr 06 2019 10:12:00 GMT+0000 (Coordinated Universal Time)" as JavaScript writes it. */
    private static final Pattern JS_DATE = Pattern.compile(
            "(?:[A-Za-z]{3}\\s+)?([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*(?:GMT|UTC)?\\s*([+-]\\d{2}:?\\d{2})?.*");

    /** wallabag and PHP write offsets without a colon: 2019-04-06T10:12:00+0200. */
    private static final DateTimeFormatter ISO_NO_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** Lenient RFC 5322: optional weekday, one- or two-digit day, optional seconds, zone name or offset. */
    private static final List<DateTimeFormatter> MAIL = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH));

    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private ContainerDates() {
    }

    /** The instant a date string means, or null when it is not one of the known shapes. */
    static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.isEmpty() || s.length() > 200) {
            return null;
        }
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).trim();
        }
        Instant iso = parseIso(s);
        if (iso != null) {
            return iso;
        }
        String mail = s.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : MAIL) {
            try {
                return ZonedDateTime.parse(mail, f).toInstant();
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        return parseJavaScript(s);
    }

    /** ISO-8601 text for a date string, keeping its offset ("2019-04-06T10:12:00+02:00"), or null. */
    static String isoText(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            // not a bare date
        }
        try {
            return iso(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            TemporalAccessor t = ISO_NO_COLON.parse(s);
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return iso(OffsetDateTime.from(t));
            }
            return LocalDateTime.from(t).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            // next
        }
        String mail = s.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : MAIL) {
            try {
                return iso(ZonedDateTime.parse(mail, f).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        Instant any = parse(s);
        return any == null ? null : iso(any.atOffset(ZoneOffset.UTC));
    }

    /** "2019-04-06T10:12:00+02:00": seconds always written, "Z" for UTC. */
    private static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant parseIso(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            TemporalAccessor t = ISO_NO_COLON.parse(s.replace(' ', 'T'));
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(t).toInstant();
            }
            return LocalDateTime.from(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) : s)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseJavaScript(String s) {
        Matcher m = JS_DATE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        try {
            ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : ZoneOffset.of(
                    m.group(7).contains(":") ? m.group(7) : m.group(7).substring(0, 3) + ":" + m.group(7).substring(3));
            return OffsetDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), 0, offset).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
