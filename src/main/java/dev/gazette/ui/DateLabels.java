package dev.gazette.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the window shows them. Stateless and thread-safe. */
final class DateLabels {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    /** "6 April 2019" for an ISO date or date-time; the input itself when it is not one. */
    static String longDate(String iso) {
        return format(iso, LONG);
    }

    /** "6 Apr 2019"; empty for null. */
    static String shortDate(String iso) {
        return format(iso, SHORT);
    }

    private static String format(String iso, DateTimeFormatter f) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso).format(f);
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
