package dev.gazette.extract;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A dateline that opens a story ("SAN DIEGO, Calif., Feb 26 - ", "WASHINGTON (Reuters) - ",
 * "KYIV, Ukraine — "): where the story was filed, and often when and by whom. It is evidence
 * of place (the region resolver weighs it heavily) and of source, never a byline, and not part
 * of the story's first sentence.
 *
 * @param text   the dateline as written, without its dash ("SAN DIEGO, Calif., Feb 26")
 * @param place  the town and its qualifiers ("SAN DIEGO, Calif.")
 * @param date   month and day as written ("Feb 26"), or null
 * @param agency the credit in brackets ("Reuters"), or null
 * @param end    where the story's own words begin in the paragraph it was read from
 *
 * <p>Immutable; the finder is stateless and safe across threads.
 */
record Dateline(String text, String place, String date, String agency, int end) {

    /**
     * The dateline at the start of {@code paragraph}, or null when it does not open with one.
     * A town in capitals is enough when a date or a credit follows it, or when a sentence of
     * at least {@link ExtractionRules#DATELINE_BARE_MIN_WORDS_AFTER} words, not all in capitals,
     * follows the dash; a
     * town in title case ("New York, March 26 -") needs the date ("Jane Doe (Reuters) -" is a
     * byline with its agency). Labels in
     * capitals ("UPDATE - ", "ADVERTISEMENT – ") are refused.
     */
    static Dateline find(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) {
            return null;
        }
        Matcher m = ExtractionRules.DATELINE.matcher(paragraph);
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group("place").strip();
        String town = m.group("town").strip();
        String date = m.group("date");
        String agency = m.group("agency") == null ? null : m.group("agency").strip();
        if (place.length() > ExtractionRules.DATELINE_MAX_PLACE_CHARS || letters(town) < 2) {
            return null;
        }
        if (ExtractionRules.DATELINE_NOT_A_PLACE.matcher(town).matches()
                || ExtractionRules.DATELINE_NOT_A_PLACE.matcher(place).matches()) {
            return null;
        }
        if (agency != null && ExtractionRules.DATELINE_NOT_A_CREDIT.matcher(agency).matches()) {
            return null;
        }
        boolean capitals = town.equals(town.toUpperCase(Locale.ROOT));
        if (!capitals && date == null) {
            return null;
        }
        String after = paragraph.substring(m.end());
        if (date == null && agency == null
                && (TextLines.words(after) < ExtractionRules.DATELINE_BARE_MIN_WORDS_AFTER
                    || !ExtractionRules.DATELINE_STORY_WORD.matcher(after).find())) {
            return null;
        }
        String text = paragraph.substring(m.start("place"), m.start("dash")).strip();
        return new Dateline(text, place, date, agency, m.end());
    }

    /**
     * True when the whole of {@code s} is a dateline, with or without its dash
     * ("HAMBURG, June 5 (Continental Post) -", "LONDON, March 3"): such a line is never a byline.
     */
    static boolean isWholeDateline(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        String t = ExtractionRules.BYLINE_PREFIX.matcher(s.strip()).replaceFirst("");
        Dateline d = find(t);
        if (d == null && !t.matches(".*[-–—]\\s*$")) {
            t = t + " -";
            d = find(t);
        }
        return d != null && (d.date() != null || d.agency() != null) && t.substring(Math.min(d.end(), t.length())).isBlank();
    }

    /** The paragraph without its dateline: the story's own first words. */
    String rest(String paragraph) {
        return paragraph.substring(Math.min(end, paragraph.length())).strip();
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
