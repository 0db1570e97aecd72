package dev.gazette.extract;

import java.util.List;

/**
 * Cheap tests run before a costly regular expression of {@link ExtractionRules}: each is a
 * necessary condition of its expression matching (false only where the expression cannot
 * match), so a result never changes, and most short texts of a page are refused in a few steps
 * instead of an expression's full try. {@code PrefiltersTest} checks each against its expression
 * on every character and on generated text. Stateless; safe across threads.
 */
final class Prefilters {

    /**
     * The first letters of {@link ExtractionRules#BYLINE_LEAD}'s lead words, as its
     * case-insensitive Unicode matching folds them (lower case of upper case).
     */
    static final String BYLINE_FIRST_LETTERS = "wpgvébedatr";

    /**
     * Words one of which every match of {@link ExtractionRules#BOILERPLATE_PHRASE} contains, folded
     * as its case-insensitive Unicode matching folds them: one per alternative of the expression
     * (a "?" for the tip and error prompts, "|" for a credit after a bar). Keep in step with it.
     */
    static final List<String> BOILERPLATE_PHRASE_WORDS = List.of(
            "sign up", "subscribe", "register", "click", "javascript",
            "photo", "image", "picture", "foto", "bild", "фото", "|", "?", "inbox", "delivered",
            "corrections@", "advertisement", "anzeige", "publicidad", "publicité", "реклама");

    private Prefilters() {
    }

    /**
     * False when {@code text} cannot contain a match of {@link ExtractionRules#BOILERPLATE_PHRASE}:
     * none of {@link #BOILERPLATE_PHRASE_WORDS} is in it. A paragraph of a long page is refused in
     * one pass over its characters, where the expression tried each of its alternatives at each.
     */
    static boolean mayHoldBoilerplatePhrase(String text) {
        for (int i = 0; i < text.length(); i++) {
            int c = fold(text.charAt(i));
            String[] words = c < BY_FIRST.length ? BY_FIRST[c] : null;
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (foldedAt(text, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** BOILERPLATE_PHRASE_WORDS by their first character (all below U+0500: Latin and Cyrillic). */
    private static final String[][] BY_FIRST = new String[0x500][];

    static {
        for (String w : BOILERPLATE_PHRASE_WORDS) {
            String[] had = BY_FIRST[w.charAt(0)];
            String[] now = had == null ? new String[1] : java.util.Arrays.copyOf(had, had.length + 1);
            now[now.length - 1] = w;
            BY_FIRST[w.charAt(0)] = now;
        }
    }

    /** Whether text, folded, holds the folded word at index at. */
    private static boolean foldedAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int j = 1; j < word.length(); j++) {
            if (fold(text.charAt(at + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} holds a match of {@link ExtractionRules#BOILERPLATE_PHRASE}, its words looked for first. */
    static boolean holdsBoilerplatePhrase(String text) {
        return mayHoldBoilerplatePhrase(text) && ExtractionRules.BOILERPLATE_PHRASE.matcher(text).find();
    }

    /**
     * False when {@code text} cannot match {@link ExtractionRules#BYLINE_LEAD}: its first
     * character after ASCII whitespace is no lead word's first letter.
     */
    static boolean mayLeadByline(String text) {
        int i = 0;
        while (i < text.length() && asciiSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        int c = text.codePointAt(i);
        return c < Character.MIN_SUPPLEMENTARY_CODE_POINT && BYLINE_FIRST_LETTERS.indexOf(fold(c)) >= 0;
    }

    /** A character as {@code (?iu)} compares it: lower case of its upper case. */
    private static int fold(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; // the same, without the tables
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code \s} without the Unicode flag: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
