package dev.gazette.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news sites print: ISO-8601 stamps, "Apr 6, 2019", "6 April 2019",
 * "06/04/2019" (day or month first depending on the page's language), "6 de abril de 2019",
 * "6 апреля 2019", "2019年4月6日", and relative dates ("3 hours ago", "hace 2 días") measured
 * from a reference instant. Dates before {@link ExtractionRules#EARLIEST_YEAR} or after the
 * reference day are refused: a wrong date is worse than none.
 *
 * <p>Immutable and safe to share across threads. Never throws on bad input.
 */
public final class DateParser {

    /** A parsed date, with the time and offset when the text stated them. */
    public record ParsedDate(LocalDate date, OffsetDateTime dateTime) {
        /** ISO text: the date-time with offset when known, else the date. */
        public String iso() {
            return dateTime != null ? dateTime.toString() : date.toString();
        }
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, String> MULTI_WORD_MONTHS = new HashMap<>();
    private static final Pattern MONTH_FIRST;
    private static final Pattern DAY_FIRST;
    private static final Pattern MONTH_FIRST_SHORT_YEAR;

    static {
        String[][] names = {
            // English
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
            // Spanish
            {"enero", "ene"}, {"febrero"}, {"marzo"}, {"abril", "abr"}, {"mayo"}, {"junio"},
            {"julio"}, {"agosto", "ago"}, {"septiembre", "setiembre", "set"}, {"octubre"},
            {"noviembre"}, {"diciembre", "dic"},
            // French (accents are stripped before lookup)
            {"janvier", "janv"}, {"fevrier", "fevr", "fev"}, {"mars"}, {"avril", "avr"}, {"mai"},
            {"juin"}, {"juillet", "juil"}, {"aout"}, {"septembre"}, {"octobre"}, {"novembre"},
            {"decembre"},
            // German
            {"januar", "jaenner", "janner"}, {"februar"}, {"maerz", "marz"}, {"april"}, {"mai"},
            {"juni"}, {"juli"}, {"august"}, {"september"}, {"oktober", "okt"}, {"november"},
            {"dezember", "dez"},
            // Portuguese
            {"janeiro"}, {"fevereiro"}, {"marco"}, {"abril"}, {"maio"}, {"junho"}, {"julho"},
            {"agosto"}, {"setembro"}, {"outubro", "out"}, {"novembro"}, {"dezembro"},
            // Italian
            {"gennaio", "gen"}, {"febbraio"}, {"marzo"}, {"aprile"}, {"maggio", "mag"},
            {"giugno", "giu"}, {"luglio", "lug"}, {"agosto"}, {"settembre"}, {"ottobre", "ott"},
            {"novembre"}, {"dicembre"},
            // Dutch
            {"januari"}, {"februari"}, {"maart", "mrt"}, {"april"}, {"mei"}, {"juni"}, {"juli"},
            {"augustus"}, {"september"}, {"oktober"}, {"november"}, {"december"},
            // Russian: genitive (as printed in dates), nominative and abbreviations
            {"января", "январь", "янв"}, {"февраля", "февраль", "фев"}, {"марта", "март", "мар"},
            {"апреля", "апрель", "апр"}, {"мая", "май"}, {"июня", "июнь", "июн"},
            {"июля", "июль", "июл"}, {"августа", "август", "авг"}, {"сентября", "сентябрь", "сен", "сент"},
            {"октября", "октябрь", "окт"}, {"ноября", "ноябрь", "ноя", "нояб"}, {"декабря", "декабрь", "дек"},
            // Ukrainian (genitive)
            {"січня"}, {"лютого"}, {"березня"}, {"квітня"}, {"травня"}, {"червня"}, {"липня"},
            {"серпня"}, {"вересня"}, {"жовтня"}, {"листопада"}, {"грудня"},
            // Polish (genitive)
            {"stycznia"}, {"lutego"}, {"marca"}, {"kwietnia"}, {"maja"}, {"czerwca"}, {"lipca"},
            {"sierpnia"}, {"wrzesnia"}, {"pazdziernika"}, {"listopada"}, {"grudnia"},
            // Turkish
            {"ocak"}, {"subat"}, {"mart"}, {"nisan"}, {"mayis"}, {"haziran"}, {"temmuz"},
            {"agustos"}, {"eylul"}, {"ekim"}, {"kasim"}, {"aralik"},
            // Indonesian
            {"januari"}, {"februari"}, {"maret"}, {"april"}, {"mei"}, {"juni"}, {"juli"},
            {"agustus"}, {"september"}, {"oktober"}, {"november"}, {"desember"},
            // Romanian
            {"ianuarie", "ian"}, {"februarie"}, {"martie"}, {"aprilie"}, {"mai"}, {"iunie"}, {"iulie"},
            {"august"}, {"septembrie"}, {"octombrie"}, {"noiembrie"}, {"decembrie"},
            // Arabic (Egyptian/Gulf names, then Levantine names)
            {"يناير"}, {"فبراير"}, {"مارس"}, {"أبريل", "ابريل", "إبريل"}, {"مايو"}, {"يونيو", "يونيه"},
            {"يوليو", "يوليه"}, {"أغسطس", "اغسطس"}, {"سبتمبر"}, {"أكتوبر", "اكتوبر"}, {"نوفمبر"}, {"ديسمبر"},
            {"كانون الثاني"}, {"شباط"}, {"آذار"}, {"نيسان"}, {"أيار"}, {"حزيران"}, {"تموز"}, {"آب"},
            {"أيلول"}, {"تشرين الأول"}, {"تشرين الثاني"}, {"كانون الأول"},
            // Greek (genitive)
            {"ιανουαριου"}, {"φεβρουαριου"}, {"μαρτιου"}, {"απριλιου"}, {"μαιου"}, {"ιουνιου"},
            {"ιουλιου"}, {"αυγουστου"}, {"σεπτεμβριου"}, {"οκτωβριου"}, {"νοεμβριου"}, {"δεκεμβριου"},
            // Czech (genitive)
            {"ledna"}, {"unora"}, {"brezna"}, {"dubna"}, {"kvetna"}, {"cervna"}, {"cervence"},
            {"srpna"}, {"zari"}, {"rijna"}, {"listopadu"}, {"prosince"},
            // Swedish / Norwegian / Danish
            {"januar", "januari"}, {"februar", "februari"}, {"mars"}, {"april"}, {"mai", "maj"},
            {"juni"}, {"juli"}, {"august", "augusti"}, {"september"}, {"oktober"}, {"november"},
            {"desember", "december"},
        };
        for (int i = 0; i < names.length; i++) {
            int month = i % 12 + 1;
            for (String n : names[i]) {
                MONTHS.putIfAbsent(n, month);
            }
        }
        // Month names are matched as any word, then looked up: one huge alternation is slow.
        for (String k : new ArrayList<>(MONTHS.keySet())) {
            if (k.contains(" ")) {
                MULTI_WORD_MONTHS.put(k, k.replace(" ", ""));
                MONTHS.put(k.replace(" ", ""), MONTHS.get(k));
            }
        }
        String word = "(\\p{L}{3,14})";
        String day = "(\\d{1,2})(?:st|nd|rd|th|er|e|º|°|\\.)?";
        String year = "((?:1[89]|20)\\d{2})";
        // "april 6, 2019", "apr. 6th 2019", "abril 6 de 2019" (matched on lower-cased, accent-free text)
        MONTH_FIRST = Pattern.compile("(?<!\\p{L})" + word + "\\.?\\s{0,3}" + day
                + "(?:\\s*,\\s*|\\s+de\\s+|\\s+)" + year + "(?!\\d)");
        // "dec 3, '11", "dec. 3 ’11", and "dec 3, 11" when it ends the text: a year of two digits
        // after a month name, read only where nothing can follow it (a count of people, a page)
        MONTH_FIRST_SHORT_YEAR = Pattern.compile("(?<!\\p{L})" + word + "\\.?\\s{0,3}" + day
                + "(?:\\s*,?\\s*['’](\\d{2})(?!\\d)|\\s*,\\s*(\\d{2})\\s*$)");
        // "6 april 2019", "6. april 2019", "6 de abril de 2019", "6th of april, 2019", "6 апреля 2019 г."
        DAY_FIRST = Pattern.compile("(?<!\\d)" + day + "\\s*(?:de\\s+|of\\s+|-)?" + word
                + "\\.?(?:\\s*/\\s*\\p{L}{3,14})?(?:\\s*,\\s*|\\s+de(?:l)?\\s+|\\s+|-|\\s*\\.\\s*)" + year + "(?!\\d)");
    }

    private static final Pattern ANY_YEAR = Pattern.compile("(?:1[89]|20)\\d{2}|(?<!\\d)\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2}(?!\\d)"
            + "|['’]\\d{2}(?!\\d)|,\\s*\\d{2}\\s*$");
    /** "4. 2. 2022": a dotted date typed with spaces, day first like every dotted date. */
    private static final Pattern SPACED_DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s+(\\d{1,2})\\.\\s*((?:1[89]|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)((?:1[89]|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern YMD_SLASH = Pattern.compile(
            "(?<![\\d/.])((?:1[89]|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.:])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:1[89]|20)\\d{2}|\\d{2})(?![\\d/]|\\.\\d)");
    private static final Pattern CJK = Pattern.compile(
            "((?:1[89]|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    /** Parses the first date found in {@code text}; see {@link #parse(String, boolean, java.time.Instant)}. */
    public ParsedDate parse(String text) {
        return parse(text, false, null);
    }

    /**
     * Parses the first date found in {@code text}.
     *
     * @param monthFirst true when the page's locale writes numeric dates month first (en-US)
     * @param reference  the instant the page was saved, for relative dates and the future check;
     *                   null means now
     * @return the date, or null when none is found or it is implausible
     */
    public ParsedDate parse(String text, boolean monthFirst, java.time.Instant reference) {
        try {
            return parseUnchecked(text, monthFirst, reference, true);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Like {@link #parse(String, boolean, java.time.Instant)} but only for dates the text states
     * ("6 April 2019", "2019-04-06"): "today" or "3 hours ago" are not read, so a date can never
     * come from the reference instant (the day a file was saved or imported).
     */
    public ParsedDate parseStated(String text, boolean monthFirst, java.time.Instant reference) {
        try {
            return parseUnchecked(text, monthFirst, reference, false);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ParsedDate parseUnchecked(String text, boolean monthFirst, java.time.Instant reference, boolean relative) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > ExtractionRules.MAX_DATE_TEXT) {
            text = text.substring(0, ExtractionRules.MAX_DATE_TEXT);
        }
        LocalDate latest = latestAllowed(reference);
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (plausible(d, latest)) {
                OffsetDateTime dt = null;
                if (m.group(4) != null && m.group(7) != null) {
                    dt = dateTime(d, m.group(4), m.group(5), m.group(6), m.group(7));
                }
                return new ParsedDate(d, dt);
            }
        }
        if (!ANY_YEAR.matcher(text).find()) {
            // every absolute form below needs a year: skip the costly patterns
            return relative ? relative(text, reference, latest) : null;
        }
        String folded = fold(text).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : MULTI_WORD_MONTHS.entrySet()) {
            if (folded.contains(e.getKey())) {
                folded = folded.replace(e.getKey(), e.getValue());
            }
        }
        List<Found> found = new ArrayList<>();
        m = MONTH_FIRST.matcher(folded);
        int from = 0;
        while (from < folded.length() && m.find(from)) {
            Integer month = MONTHS.get(m.group(1));
            LocalDate d = month == null ? null : date(m.group(3), month, m.group(2));
            if (plausible(d, latest)) {
                found.add(new Found(m.start(), d));
                break;
            }
            from = m.start() + 1;
        }
        m = DAY_FIRST.matcher(folded);
        from = 0;
        while (from < folded.length() && m.find(from)) {
            Integer month = MONTHS.get(m.group(2));
            LocalDate d = month == null ? null : date(m.group(3), month, m.group(1));
            if (plausible(d, latest)) {
                found.add(new Found(m.start(), d));
                break;
            }
            from = m.start() + 1;
        }
        m = CJK.matcher(text);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (plausible(d, latest)) {
                found.add(new Found(m.start(), d));
            }
        }
        m = YMD_SLASH.matcher(text);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (plausible(d, latest)) {
                found.add(new Found(m.start(), d));
            }
        }
        m = MONTH_FIRST_SHORT_YEAR.matcher(folded);
        if (found.isEmpty() && m.find()) {
            Integer month = MONTHS.get(m.group(1));
            String yy = m.group(3) != null ? m.group(3) : m.group(4);
            String year = (Integer.parseInt(yy) > latest.getYear() % 100 ? "19" : "20") + yy;
            LocalDate d = month == null ? null : date(year, month, m.group(2));
            if (plausible(d, latest)) {
                found.add(new Found(m.start(), d));
            }
        }
        m = SPACED_DOTTED.matcher(text);
        if (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (plausible(d, latest)) {
                found.add(new Found(m.start(), d));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            LocalDate d = numeric(m.group(1), m.group(3), m.group(4), m.group(2), monthFirst, latest);
            if (d != null) {
                found.add(new Found(m.start(), d));
                break;
            }
        }
        if (!found.isEmpty()) {
            found.sort(Comparator.comparingInt(Found::at));
            return new ParsedDate(found.get(0).date(), null);
        }
        return relative ? relative(text, reference, latest) : null;
    }

    /** Finds a date written in a URL path: /2019/04/06/, /2019-04-06-, /20190406/. */
    public ParsedDate parseUrl(String url, java.time.Instant reference) {
        if (url == null) {
            return null;
        }
        try {
            LocalDate latest = latestAllowed(reference);
            Matcher m = ExtractionRules.URL_DATE.matcher(url);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (plausible(d, latest)) {
                    return new ParsedDate(d, null);
                }
            }
            m = COMPACT.matcher(url);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (plausible(d, latest) && d.getYear() >= 1995) {
                    return new ParsedDate(d, null);
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private record Found(int at, LocalDate date) {
    }

    private static LocalDate latestAllowed(java.time.Instant reference) {
        java.time.Instant ref = reference == null ? java.time.Instant.now() : reference;
        // One day of slack for time zones ahead of UTC.
        return LocalDate.ofInstant(ref, ZoneOffset.UTC).plusDays(1);
    }

    static boolean plausible(LocalDate d, LocalDate latest) {
        return d != null && d.getYear() >= ExtractionRules.EARLIEST_YEAR && !d.isAfter(latest);
    }

    private static LocalDate date(String y, String mo, String d) {
        return date(y, Integer.parseInt(mo), d);
    }

    private static LocalDate date(String y, int month, String d) {
        try {
            int year = Integer.parseInt(y);
            int day = Integer.parseInt(d);
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            return LocalDate.of(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate numeric(String a, String b, String y, String sep, boolean monthFirst, LocalDate latest) {
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        String year = y.length() == 2 ? (Integer.parseInt(y) > latest.getYear() % 100 ? "19" : "20") + y : y;
        // Dotted dates (06.04.2019) are day first everywhere they are used.
        boolean mFirst = monthFirst && !".".equals(sep);
        if (first > 12 && second <= 12) {
            mFirst = false;
        } else if (second > 12 && first <= 12) {
            mFirst = true;
        }
        LocalDate d = mFirst ? date(year, first, b) : date(year, second, a);
        return plausible(d, latest) ? d : null;
    }

    private static OffsetDateTime dateTime(LocalDate d, String h, String mi, String s, String zone) {
        try {
            LocalDateTime ldt = d.atTime(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
            ZoneOffset off = "Z".equals(zone) ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return ldt.atOffset(off);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ParsedDate relative(String text, java.time.Instant reference, LocalDate latest) {
        if (reference == null || text.strip().length() > ExtractionRules.MAX_RELATIVE_DATE_CHARS) {
            return null;
        }
        LocalDate ref = LocalDate.ofInstant(reference, ZoneOffset.UTC);
        if (ExtractionRules.YESTERDAY.matcher(text).find()) {
            return new ParsedDate(ref.minusDays(1), null);
        }
        if (ExtractionRules.TODAY.matcher(text).find()) {
            return new ParsedDate(ref, null);
        }
        if (!ExtractionRules.RELATIVE_MARK.matcher(text).find() || ExtractionRules.RELATIVE_COARSE.matcher(text).find()) {
            return null;
        }
        Matcher m = ExtractionRules.RELATIVE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int amount = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1;
        String unit = fold(m.group(2)).toLowerCase(Locale.ROOT);
        LocalDate d;
        if (unit.startsWith("min") || unit.startsWith("мин")) {
            d = LocalDate.ofInstant(reference.minusSeconds(60L * amount), ZoneOffset.UTC);
        } else if (unit.startsWith("h") || unit.startsWith("stund") || unit.startsWith("ore") || unit.startsWith("час")) {
            d = LocalDate.ofInstant(reference.minusSeconds(3600L * amount), ZoneOffset.UTC);
        } else if (unit.startsWith("w") || unit.startsWith("sem") || unit.startsWith("sett") || unit.startsWith("недел")) {
            d = ref.minusWeeks(amount);
        } else {
            d = ref.minusDays(amount);
        }
        return plausible(d, latest) ? new ParsedDate(d, null) : null;
    }

    /** Lower-cases nothing, but strips accents (é → e, ä → a) so month names match one spelling. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            } else if (c == '\u0306' && b.length() > 0 && (b.charAt(b.length() - 1) == 'и' || b.charAt(b.length() - 1) == 'И')) {
                // keep й: the breve is part of the Russian letter, not an accent
                b.setCharAt(b.length() - 1, b.charAt(b.length() - 1) == 'и' ? 'й' : 'Й');
            }
        }
        return b.toString().replace('ı', 'i').replace('ş', 's').replace('ğ', 'g');
    }
}
