package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A prefilter may only refuse what its expression refuses: wherever the expression matches, the
 * prefilter says "maybe". Checked on text made of the expression's own words spelled in every
 * case a character folds to (Kelvin sign, long s, dotted I …), on phrases the expression is
 * written for, and on generated text.
 */
class PrefiltersTest {

    /** Texts each alternative of BOILERPLATE_PHRASE matches. */
    private static final List<String> PHRASES = List.of(
            "Sign up for our newsletter", "subscribe to get e-mails", "Register now for the inbox",
            "Click here to read", "clicking here helps", "This page requires JavaScript", "please enable javascript",
            "Photo: Jana Kraus", "Fotos : dpa", "Bild: Ole Berg", "Фото: ТАСС", "Picture: archive", "Images: AP",
            "The harbour | Getty Images", "(AP Photo/Ole Berg)", "Have a news tip? Write us",
            "Get the latest stories straight to your inbox", "delivered to your letterbox",
            "Spotted an error? Tell us", "write to corrections@example.org", "Advertisement", "Anzeige",
            "Publicidad", "Publicité", "Реклама");

    /** Texts BYLINE_LEAD matches. */
    private static final List<String> BYLINES = List.of("By Jana Kraus", "Written by Ole Berg", "posted by Mia Sand",
            "Geschrieben von Jana Kraus", "Verfasst von Ole Berg", "Écrit par Anne Roy", "Escrito por Ana Ruiz",
            "Von Jana Kraus", "Par Anne Roy", "Por Ana Ruiz", "di Luca Neri", "door Jan de Vries", "Autor: Jana Kraus",
            "Autorin: Mia Sand", "Author: Ole Berg", "Auteur : Anne Roy", "Text: Ole Berg", "Texte: Anne Roy",
            "Texto: Ana Ruiz", "Redaktion: Jana Kraus", "  \t by Jana Kraus");

    @Test
    void everyPhraseIsKeptWithEveryCaseOfEachCharacter() {
        for (String phrase : PHRASES) {
            assertThat(ExtractionRules.BOILERPLATE_PHRASE.matcher(phrase).find()).as(phrase).isTrue();
            for (String variant : caseVariants(phrase)) {
                if (ExtractionRules.BOILERPLATE_PHRASE.matcher(variant).find()) {
                    assertThat(Prefilters.mayHoldBoilerplatePhrase(variant)).as(variant).isTrue();
                }
            }
        }
    }

    @Test
    void everyBylineIsKeptWithEveryCaseOfEachCharacter() {
        for (String byline : BYLINES) {
            assertThat(ExtractionRules.BYLINE_LEAD.matcher(byline).matches()).as(byline).isTrue();
            for (String variant : caseVariants(byline)) {
                if (ExtractionRules.BYLINE_LEAD.matcher(variant).matches()) {
                    assertThat(Prefilters.mayLeadByline(variant)).as(variant).isTrue();
                }
            }
        }
    }

    @Test
    void ordinaryProseIsRefusedWithoutTheExpression() {
        String p = "Update 12: the council met again and the chair said the report on the ferry timetable would follow.";
        assertThat(Prefilters.mayHoldBoilerplatePhrase(p)).isFalse();
        assertThat(Prefilters.mayLeadByline("Section 12")).isFalse();
    }

    @Property(tries = 3000)
    void boilerplatePrefilterNeverRefusesAMatch(@ForAll("texts") String text) {
        if (ExtractionRules.BOILERPLATE_PHRASE.matcher(text).find()) {
            assertThat(Prefilters.mayHoldBoilerplatePhrase(text)).as(text).isTrue();
        }
    }

    @Property(tries = 3000)
    void bylinePrefilterNeverRefusesAMatch(@ForAll("texts") String text) {
        if (ExtractionRules.BYLINE_LEAD.matcher(text).matches()) {
            assertThat(Prefilters.mayLeadByline(text)).as(text).isTrue();
        }
    }

    /** Pieces of the expressions' words and of prose, in odd cases, joined at random. */
    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(PHRASES);
        pieces.addAll(BYLINES);
        pieces.addAll(List.of(" ", "  ", "\t", ":", "?", "|", "@", "the ferry", "Ole", "2019", "\u212A", "\u017F", "\u0130",
                "é", "É", "ſubſcribe", "CLICK HERE", "of the", ".", "\u00a0"));
        Arbitrary<String> piece = Arbitraries.of(pieces).map(s -> Math.random() < 0.3 ? s.toUpperCase() : s);
        return piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    /**
     * The text with one character replaced by each character that (?iu) matching takes for it:
     * every BMP character whose upper case, lower-cased, is the same as the original's.
     */
    private static List<String> caseVariants(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int f = Character.toLowerCase(Character.toUpperCase(c));
            for (char d : FOLDS_TO.getOrDefault(f, List.of())) {
                if (d != c) {
                    out.add(text.substring(0, i) + d + text.substring(i + 1));
                }
            }
        }
        return out;
    }

    private static final java.util.Map<Integer, List<Character>> FOLDS_TO = new java.util.HashMap<>();

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            int f = Character.toLowerCase(Character.toUpperCase(c));
            FOLDS_TO.computeIfAbsent(f, k -> new ArrayList<>()).add((char) c);
            if (f != c) {
                FOLDS_TO.computeIfAbsent(c, k -> new ArrayList<>()).add((char) c);
            }
        }
    }
}
