package dev.gazette.enrich;

import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static dev.gazette.enrich.RegionRules.*;

/**
 * What the words around a gazetteer match say about it, for {@link RegionResolver}: whether it
 * starts a sentence or sits in a title-case headline, whether its case fits the term, whether it
 * names a company or a ticker rather than a place, and what kind of term its entries are.
 * Pure functions of the tokens and the entries; safe across threads.
 */
final class MatchContext {

    private MatchContext() {
    }

    /** The token opens a sentence: first of its line, or after . ! ? : (and quotes). */
    static boolean sentenceStart(Tokens t, int i) {
        if (t.lineStart[i]) {
            return true;
        }
        int p = i - 1;
        while (p >= 0 && QUOTES.contains(t.key(p))) {
            p--;
        }
        return p < 0 || SENTENCE_ENDS.contains(t.key(p));
    }

    static boolean allCommonWords(List<Gazetteer.Entry> entries) {
        for (Gazetteer.Entry e : entries) {
            if (!e.commonWord()) {
                return false;
            }
        }
        return true;
    }

    /** Mostly capitalised words: a headline in title case, or a line in capitals. */
    static boolean titleCase(Tokens t) {
        int words = 0;
        int caps = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.isWord(i) && Character.isLetter(t.text.charAt(t.start[i]))) {
                words++;
                if (t.capitalised(i)) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps >= TITLE_CASE_SHARE * words;
    }

    /** Kana has no spaces: a name in kana right next to more kana is part of another word. */
    static boolean insideUnspacedWord(Tokens t, int from, int to) {
        if (!isKana(t, from)) {
            return false;
        }
        boolean before = from > 0 && t.end[from - 1] == t.start[from] && isKana(t, from - 1);
        boolean after = to + 1 < t.size && t.start[to + 1] == t.end[to] && isKana(t, to + 1);
        return before || after;
    }

    static boolean isKana(Tokens t, int i) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(t.text.codePointAt(t.start[i]));
        return sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    }

    /** The entries whose case rules accept the tokens from..to. */
    static List<Gazetteer.Entry> caseFits(Tokens t, int from, int to, List<Gazetteer.Entry> entries) {
        boolean capital = t.capitalised(from);
        List<Gazetteer.Entry> ok = null;
        for (Gazetteer.Entry e : entries) {
            boolean fits;
            if (e.exactTokens() != null) {
                fits = true;
                for (int k = 0; k <= to - from; k++) {
                    if (!e.exactTokens()[k].equals(t.surface(from + k))) {
                        fits = false;
                        break;
                    }
                }
            } else {
                fits = capital;
            }
            if (fits) {
                if (ok == null) {
                    ok = new ArrayList<>(entries.size());
                }
                ok.add(e);
            }
        }
        return ok == null ? List.of() : ok;
    }

    /**
     * True when the place that ends at token {@code to} begins the name of an organisation: at
     * most {@link #ORGANISATION_MAX_INNER_WORDS} more capitalised words on the same line, then a
     * legal form ({@link #LEGAL_FORMS}), a word of {@link #ORGANISATION_WORDS} (in running text
     * only), or a ticker in angle brackets ("PIEDMONT &lt;PIE&gt;", the wire's mark of a listed
     * company).
     */
    static boolean namesOrganisation(Tokens t, int to, boolean titleCase) {
        int inner = 0;
        for (int j = to + 1; j < t.size && !t.lineStart[j]; j++) {
            String k = t.key(j);
            if (k.equals("<")) {
                return j + 2 < t.size && t.isWord(j + 1) && t.allCaps(j + 1) || j + 1 < t.size && t.isWord(j + 1)
                        && Character.isUpperCase(t.text.charAt(t.start[j + 1]));
            }
            if (!t.isWord(j) || !t.capitalised(j)) {
                return false;
            }
            if (LEGAL_FORMS.contains(k) || !titleCase && !t.allCaps(j) && ORGANISATION_WORDS.contains(k)) {
                return true;
            }
            if (++inner > ORGANISATION_MAX_INNER_WORDS) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the term at {@code from} may be the start of an organisation's name: not a
     * demonym ("British Petroleum", "Canadian Pacific Ltd" are their country's companies), and
     * not a country's name after "of" ("Industrial Bank of Japan Ltd", "Royal Bank of Canada":
     * national institutions).
     */
    static boolean organisationWord(List<Gazetteer.Entry> entries, Tokens t, int from) {
        boolean countryName = false;
        for (Gazetteer.Entry e : entries) {
            if (e.kind() == TermKind.DEMONYM) {
                return false;
            }
            countryName |= e.kind() == TermKind.NAME || e.kind() == TermKind.FOREIGN;
        }
        return !(countryName && from > 0 && t.key(from - 1).equals("of"));
    }

    /** A stock ticker in angle brackets ("&lt;BOMA&gt;", "&lt;PIE.N&gt;") names a company, never a place. */
    static boolean insideTicker(Tokens t, int from, int to) {
        return from > 0 && t.key(from - 1).equals("<") && to + 1 < t.size
                && (t.key(to + 1).equals(">") || t.key(to + 1).equals("."));
    }

    static boolean allLocal(List<Gazetteer.Entry> entries) {
        for (Gazetteer.Entry e : entries) {
            if (!e.kind().local()) {
                return false;
            }
        }
        return true;
    }

    static boolean allPersonLike(List<Gazetteer.Entry> entries) {
        for (Gazetteer.Entry e : entries) {
            if (!e.personName()) {
                return false;
            }
        }
        return true;
    }

    static TermKind strongest(List<Gazetteer.Entry> entries) {
        TermKind k = entries.get(0).kind();
        for (Gazetteer.Entry e : entries) {
            if (weight(e.kind()) > weight(k)) {
                k = e.kind();
            }
        }
        return k;
    }
}
