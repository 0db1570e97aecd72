package dev.gazette.similar;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a story is about beyond its words: its primary place and the names in its headline. Two
 * pages made from one template (the same navigation, boilerplate and stock paragraphs) can
 * share most of their shingles and still tell two stories, one in Valparaíso, Chile, the other
 * in Cork, Ireland; copies of one story agree on where it happened and, when both headlines
 * name people or places, share at least one of those names. Immutable; safe across threads.
 *
 * @param primaryPlace  the alpha-2 code of the story's main country, or null when unknown
 * @param headlineNames the names in the headline, folded (lower case, no accents); empty when
 *                      it names none or is written in title case (where every word is capitalised)
 */
public record Aboutness(String primaryPlace, Set<String> headlineNames) {

    /** A capitalised word of letters (a name in a sentence-case headline). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");
    /** A headline with more than this share of capitalised words is in title case: its names cannot be told. */
    private static final double TITLE_CASE_SHARE = 0.6;
    /** Names shorter than this are initials or abbreviations, too ambiguous to tell stories apart. */
    private static final int MIN_NAME_LENGTH = 3;

    public Aboutness {
        headlineNames = Set.copyOf(headlineNames);
    }

    /** The aboutness of a story from its headline and its main country's code (either may be null). */
    public static Aboutness of(String headline, String primaryCountry) {
        return new Aboutness(primaryCountry == null || primaryCountry.isBlank() ? null
                : primaryCountry.strip().toUpperCase(Locale.ROOT), names(headline));
    }

    /**
     * Whether two stories may be copies: the same primary place when both have one, and a
     * name in common when both headlines name someone or somewhere.
     */
    public boolean agreesWith(Aboutness other) {
        if (primaryPlace != null && other.primaryPlace != null && !primaryPlace.equals(other.primaryPlace)) {
            return false;
        }
        if (headlineNames.isEmpty() || other.headlineNames.isEmpty()) {
            return true;
        }
        for (String n : headlineNames) {
            if (other.headlineNames.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised words of a sentence-case headline after its first word, folded. */
    static Set<String> names(String headline) {
        Set<String> names = new LinkedHashSet<>();
        if (headline == null) {
            return names;
        }
        Matcher m = WORD.matcher(headline);
        int words = 0;
        int capitalised = 0;
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            words++;
            boolean upper = Character.isUpperCase(w.codePointAt(0));
            if (upper) {
                capitalised++;
            }
            // the first word is capitalised by the sentence, and a word after a colon by the kicker
            boolean afterColon = m.start() > 0 && headline.substring(0, m.start()).stripTrailing().endsWith(":");
            if (upper && !first && !afterColon && w.length() >= MIN_NAME_LENGTH) {
                names.add(fold(w));
            }
            first = false;
        }
        if (words > 2 && (double) capitalised / words > TITLE_CASE_SHARE) {
            return new LinkedHashSet<>();
        }
        return names;
    }

    private static String fold(String w) {
        String d = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }
}
