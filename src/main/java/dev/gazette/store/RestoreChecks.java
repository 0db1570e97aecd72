package dev.gazette.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The values of one restored article, checked with the rules a person's own edits meet
 * ({@code correct}): every date a real calendar date, every country a known one, every tag
 * a name, no list holding {@code null}; and its reading HTML cleaned as an imported body is.
 * A value that fails refuses the whole restore, with the article's number and the reason.
 * Stateless; safe across threads.
 */
final class RestoreChecks {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final int TITLE_IN_MESSAGE = 60;

    private RestoreChecks() {
    }

    /** The record with its body cleaned; throws a {@link StoreException} naming article {@code index} (from 1). */
    static ArticleRecord checked(ArticleRecord r, int index, RestoreRules rules) {
        String where = "Article " + index + (r.title() == null ? "" : " ("
                + RestoreInput.printable(r.title().length() > TITLE_IN_MESSAGE
                        ? r.title().substring(0, TITLE_IN_MESSAGE) + "…" : r.title()) + ")");
        date(where, "published", r.published());
        date(where, "updated", r.updated());
        date(where, "addedAt", r.addedAt());
        noNulls(where, "tags", r.tags());
        noNulls(where, "regions", r.regions());
        noNulls(where, "sourceFiles", r.sourceFiles());
        noNulls(where, "resources", r.resources());
        for (String t : r.tags()) {
            String clean = TagWriter.cleanTag(t);
            if (clean == null || clean.isBlank()) {
                throw new StoreException(where + ": a tag has no name.");
            }
        }
        for (ArticleRecord.Region g : r.regions()) {
            country(where, g.code(), rules);
        }
        if (r.corrections() != null) {
            if (r.corrections().published() != null) {
                try {
                    LocalDate.parse(r.corrections().published().strip());
                } catch (RuntimeException e) {
                    throw new StoreException(where + ": the corrected date " + RestoreInput.printable(
                            r.corrections().published()) + " is not a real date (write it as 2019-04-30).");
                }
            }
            if (r.corrections().countries() != null) {
                noNulls(where, "corrections.countries", r.corrections().countries());
                for (String c : r.corrections().countries()) {
                    country(where, c, rules);
                }
            }
        }
        String html = r.bodyHtml() == null ? null : rules.cleanHtml().apply(r.bodyHtml());
        return new ArticleRecord(r.title(), r.published(), r.updated(), r.author(), r.source(), r.site(), r.language(),
                r.url(), r.description(), r.leadImage(), r.format(), r.originalName(), r.originalHash(), r.bodyHash(),
                r.addedAt(), r.read(), r.starred(), r.notes(), r.tags(), r.regions(), r.corrections(), r.sourceFiles(),
                r.resources(), r.bodyText(), html);
    }

    private static void country(String where, String code, RestoreRules rules) {
        if (code == null || code.strip().length() != 2 || !rules.knownCountry().test(code.strip())) {
            throw new StoreException(where + ": " + (code == null ? "a country has no code"
                    : "the country " + RestoreInput.printable(code) + " is not a known country") + ".");
        }
    }

    private static void noNulls(String where, String field, List<?> values) {
        if (values != null && values.stream().anyMatch(v -> v == null)) {
            throw new StoreException(where + ": its \"" + field + "\" holds a null.");
        }
    }

    /** Accepts what Gazette writes: a year, a month, a day, or a day and a time (ISO 8601). */
    static void date(String where, String field, String value) {
        if (value == null) {
            return;
        }
        String s = value.strip();
        if (realDate(s)) {
            return;
        }
        throw new StoreException(where + ": the date " + RestoreInput.printable(value) + " in \"" + field
                + "\" is not a real date.");
    }

    static boolean realDate(String s) {
        String day = s.length() > 10 ? s.substring(0, 10) : s;
        if (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
            return false;
        }
        if (!DATE.matcher(day).matches()) {
            return false;
        }
        try {
            if (day.length() == 10) {
                LocalDate.parse(day);
            } else if (day.length() == 7) {
                YearMonth.parse(day);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
