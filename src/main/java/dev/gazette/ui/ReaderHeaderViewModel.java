package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.CountryMention;
import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the reader's header says about the shown article, without a window: the regions line
 * and why those countries, the date line, the tags the person may mean while typing, and the
 * colour of a tag's chip. Pure functions of an {@link ArticleView} and the library's tags;
 * tested with plain JUnit. Immutable and safe across threads.
 */
final class ReaderHeaderViewModel {

    /** How many existing tags the tag box offers at most while the person types. */
    static final int MAX_SUGGESTIONS = 8;

    private final Geography geography;

    ReaderHeaderViewModel(Geography geography) {
        this.geography = geography;
    }

    /** "Venezuela, Russia", with "(yours)" when the person set them; or that none was found. */
    String regionsText(ArticleView v) {
        boolean corrected = v.state().correctedCountries() != null;
        return v.regionNames().isEmpty() ? "No region detected"
                : String.join(", ", v.regionNames()) + (corrected ? " (yours)" : "");
    }

    /** Each country with the words in the text that pointed to it, or who set them. */
    String regionsTooltip(ArticleView v) {
        boolean corrected = v.state().correctedCountries() != null;
        StringBuilder why = new StringBuilder();
        for (CountryMention c : v.countries()) {
            why.append(geography.countryName(c.code())).append(" — ")
                    .append(c.evidence().isEmpty() ? "no evidence recorded" : "because of: " + String.join(", ", c.evidence()))
                    .append('\n');
        }
        return why.length() == 0
                ? "No place in the text pointed to a country. Use “Correct” to set one."
                : (corrected ? "You set these countries.\n" : "Why these countries:\n") + why.toString().strip();
    }

    /** "6 April 2019", with "(yours)" when the person set it; or that none was found. */
    String dateText(ArticleView v) {
        boolean corrected = v.state().correctedPublished() != null;
        return v.published() == null ? "No date found" : DateLabels.longDate(v.published()) + (corrected ? " (yours)" : "");
    }

    String starTooltip(ArticleView v) {
        return v.state().starred() ? "Unstar (s)" : "Star (s)";
    }

    /**
     * The library's tags that start with what the person typed (the part after the last comma,
     * since commas separate tags), leaving out those the article has; at most
     * {@link #MAX_SUGGESTIONS}, in the library's order. Empty for blank input.
     */
    List<TagInfo> suggestions(ArticleView v, String typed, List<TagInfo> tags) {
        if (typed == null || v == null) {
            return List.of();
        }
        String last = typed.substring(typed.lastIndexOf(',') + 1).strip().toLowerCase(Locale.ROOT);
        if (last.isEmpty()) {
            return List.of();
        }
        Set<String> has = new HashSet<>(v.state().tags());
        List<TagInfo> out = new ArrayList<>();
        for (TagInfo tag : tags) {
            if (out.size() < MAX_SUGGESTIONS && tag.name().toLowerCase(Locale.ROOT).startsWith(last) && !has.contains(tag.name())) {
                out.add(tag);
            }
        }
        return out;
    }

    /** The typed text with its last, unfinished tag replaced by a chosen one ("water, dro" → "water, drought"). */
    static String complete(String typed, String chosen) {
        int comma = typed == null ? -1 : typed.lastIndexOf(',');
        return comma < 0 ? chosen : typed.substring(0, comma + 1) + " " + chosen;
    }

    /** The chip's border colour for a tag: its colour when it is a plain CSS hex colour, else none. */
    Optional<String> chipColour(String tag, List<TagInfo> tags) {
        return tags.stream().filter(t -> t.name().equals(tag)).findFirst().map(TagInfo::colour)
                .filter(c -> c.matches("#[0-9a-fA-F]{3,8}"));
    }
}
