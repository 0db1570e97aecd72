package dev.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a detected source the spelling the page itself uses. Two cases:
 * <ul>
 *   <li>a credit written in capitals ("Credit: NORTH ATLANTIC WIRE") takes the mixed-case
 *       spelling the same words have elsewhere on the page ("© 2017 North Atlantic Wire");
 *       an acronym the page never spells otherwise ("AFP") stays as it is;</li>
 *   <li>a source that is only a web address ("arcticcircletimes.example", from a clipping's
 *       URL) takes the name whose letters spell the address's main label ("Arctic Circle
 *       Times"), when the page has one.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class SourceNames {


    private SourceNames() {
    }

    /** The source as the page spells it, or the source unchanged. */
    static String respell(String source, java.util.function.Supplier<String> pageText) {
        if (source == null || source.isBlank()) {
            return source;
        }
        String s = source.strip();
        boolean shouted = isShouted(s);
        if (!shouted && !ExtractionRules.DOMAIN_ONLY.matcher(s).matches()) {
            return source; // the page's text is only read when it may help
        }
        String all = pageText.get();
        if (all == null || all.isEmpty()) {
            return source;
        }
        String text = window(all);
        String found = shouted ? mixedCaseSpelling(s, text) : nameForDomain(s, text);
        return found == null ? source : found;
    }

    private static String window(String text) {
        if (text.length() <= ExtractionRules.SOURCE_SEARCH_HEAD_CHARS + ExtractionRules.SOURCE_SEARCH_TAIL_CHARS) {
            return text;
        }
        return text.substring(0, ExtractionRules.SOURCE_SEARCH_HEAD_CHARS) + "\n" + text.substring(text.length() - ExtractionRules.SOURCE_SEARCH_TAIL_CHARS);
    }

    /** All letters upper case, at least two of them. */
    static boolean isShouted(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String mixedCaseSpelling(String source, String text) {
        String[] words = source.split("\\s+");
        StringBuilder re = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        re.append("(?![\\p{L}\\p{N}])");
        Matcher m = Pattern.compile(re.toString()).matcher(text);
        while (m.find()) {
            String candidate = m.group().replaceAll("\\s+", " ");
            if (!isShouted(candidate) && Character.isUpperCase(candidate.codePointAt(0))) {
                return candidate;
            }
        }
        return null;
    }

    /** The main label of a host: "www.bbc.co.uk" → "bbc", "arcticcircletimes.example" → "arcticcircletimes". */
    static String mainLabel(String host) {
        List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
        if (!labels.isEmpty() && labels.get(0).equals("www")) {
            labels.remove(0);
        }
        if (labels.size() < 2) {
            return null;
        }
        labels.remove(labels.size() - 1); // top-level domain
        if (labels.size() >= 2 && ExtractionRules.SECOND_LEVEL_LABELS.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        return labels.get(labels.size() - 1).replace("-", "");
    }

    private static String nameForDomain(String host, String text) {
        String label = mainLabel(host);
        if (label == null || label.length() < ExtractionRules.SOURCE_MIN_LABEL_LETTERS) {
            return null;
        }
        // runs of capitalised words; any run whose letters (or all but a leading "The") spell the label
        String[] tokens = text.split("[\\s·|•—–,;:()\\[\\]*_\"“”]+");
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokens[i].replaceAll("[.'’!?]+$", "");
        }
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].isEmpty() || !Character.isUpperCase(tokens[i].codePointAt(0))) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            for (int k = i; k < tokens.length && k < i + ExtractionRules.SOURCE_MAX_NAME_WORDS; k++) {
                if (!ExtractionRules.SOURCE_NAME_WORD.matcher(tokens[k]).matches()) {
                    break;
                }
                letters.append(tokens[k].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
                String spelled = letters.toString();
                if (spelled.equals(label) || spelled.startsWith("the") && spelled.substring(3).equals(label)) {
                    if (!Character.isUpperCase(tokens[k].codePointAt(0)) && !Character.isDigit(tokens[k].codePointAt(0))) {
                        break; // a name ends on a capitalised word
                    }
                    return String.join(" ", java.util.Arrays.copyOfRange(tokens, i, k + 1));
                }
                if (spelled.length() > label.length() + 3) {
                    break;
                }
            }
        }
        return null;
    }
}
