package dev.gazette.service;

import dev.gazette.annotate.HighlightMarker;
import dev.gazette.annotate.TextQuoteAnchor;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import dev.gazette.model.SearchParse;
import dev.gazette.store.Highlights;
import dev.gazette.store.Library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person adds to articles and takes away: highlights (anchored by quote, found again
 * whenever the article's text has changed, kept as orphans when their text is gone) and the
 * Markdown note of each article. Writing them out with their articles is {@link DossierExport}'s.
 * The window and the command line reach it through {@link LibraryService#annotations()}.
 * Safe across threads as the library is.
 */
public final class Annotations {

    /** Highlights the Highlights view lists at most. */
    public static final int MAX_LISTED = 5_000;

    private final LibraryReader reader;
    private final Library library;
    private final Highlights highlights;

    Annotations(LibraryReader reader, Library library) {
        this.reader = reader;
        this.library = library;
        this.highlights = library.highlights();
    }

    // ---- highlights ----------------------------------------------------------------------------

    /**
     * Highlights characters [start, end) of the article's plain body text.
     *
     * @throws IllegalArgumentException when there is no such article or the range is empty
     */
    public Highlight highlight(long articleId, int start, int end, String colour, String note) {
        ThreadCheck.offUiThread("Annotations.highlight");
        String text = bodyText(articleId);
        if (start < 0 || end > text.length() || end <= start || text.substring(start, end).isBlank()) {
            throw new IllegalArgumentException("Nothing to highlight there.");
        }
        return highlights.add(TextQuoteAnchor.create(articleId, text, start, end, colour, note));
    }

    /**
     * Highlights a passage given as text, as copied from the reader (white space and case need
     * not match the stored text). Of several occurrences, the first not yet highlighted wins.
     * Empty when the text is not in the article.
     */
    public Optional<Highlight> highlightText(long articleId, String selected, String colour, String note) {
        ThreadCheck.offUiThread("Annotations.highlightText");
        String text = bodyText(articleId);
        List<Highlight> existing = highlights(articleId);
        int hint = 0;
        while (hint <= text.length()) {
            Optional<int[]> span = TextQuoteAnchor.locateSelection(text, selected, hint);
            if (span.isEmpty()) {
                return Optional.empty();
            }
            int[] s = wholeWords(text, span.get());
            boolean taken = existing.stream().anyMatch(h -> !h.orphaned() && h.start() == s[0] && h.end() == s[1]);
            int next = text.toLowerCase(Locale.ROOT).indexOf(text.substring(s[0], s[1]).toLowerCase(Locale.ROOT), s[1]);
            if (!taken || next < 0) {
                return Optional.of(highlights.add(TextQuoteAnchor.create(articleId, text, s[0], s[1], colour, note)));
            }
            hint = next;
        }
        return Optional.empty();
    }

    /**
     * The article's highlights in text order, each anchored in its current text: a highlight
     * whose anchor no longer holds is looked for again (and saved), or marked orphaned.
     */
    public List<Highlight> highlights(long articleId) {
        ThreadCheck.offUiThread("Annotations.highlights");
        List<Highlight> stored = highlights.forArticle(articleId);
        if (stored.isEmpty()) {
            return stored;
        }
        String text = library.article(articleId).map(a -> a.content().bodyText()).orElse("");
        return anchored(stored, text);
    }

    private List<Highlight> anchored(List<Highlight> stored, String text) {
        List<Highlight> out = new ArrayList<>(stored.size());
        List<Highlight> changed = new ArrayList<>();
        for (Highlight h : stored) {
            if (TextQuoteAnchor.holds(h, text)) {
                out.add(h);
                continue;
            }
            Highlight again = TextQuoteAnchor.reanchor(h, text);
            if (!again.equals(h)) {
                changed.add(again);
            }
            out.add(again);
        }
        highlights.updateAll(changed);
        out.sort((a, b) -> a.orphaned() != b.orphaned() ? (a.orphaned() ? 1 : -1)
                : a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Long.compare(a.id(), b.id()));
        return out;
    }

    public Optional<Highlight> highlightById(long id) {
        ThreadCheck.offUiThread("Annotations.highlightById");
        return highlights.get(id);
    }

    public void setHighlightNote(long id, String note) {
        ThreadCheck.offUiThread("Annotations.setHighlightNote");
        highlights.get(id).ifPresent(h -> highlights.update(h.withNote(note)));
    }

    public void setHighlightColour(long id, String colour) {
        ThreadCheck.offUiThread("Annotations.setHighlightColour");
        highlights.get(id).ifPresent(h -> highlights.update(h.withColour(colour)));
    }

    public boolean deleteHighlight(long id) {
        ThreadCheck.offUiThread("Annotations.deleteHighlight");
        return highlights.delete(id);
    }

    /**
     * The highlights under a search in the search-box syntax: its words are looked for in the
     * highlights' quotes and notes, its filters (region:, year:, tag:, …) select the articles.
     */
    public List<HighlightEntry> findHighlights(String search, int limit) {
        ThreadCheck.offUiThread("Annotations.findHighlights");
        SearchParse parse = reader.parseSearch(search == null ? "" : search);
        ArticleQuery q = parse.query();
        // has:highlight / has:note are typed fields of q and stay filters; the words search the highlights
        return highlights.list(q.withWords(null), q.words(), Math.min(limit, MAX_LISTED));
    }

    /** How many highlights the library holds. */
    public long highlightCount() {
        ThreadCheck.offUiThread("Annotations.highlightCount");
        return highlights.count();
    }

    /**
     * The article as the reader shows it, with its highlights marked in the reading HTML (and
     * the marks' colours as an inline style, which the reader's content policy allows).
     */
    public ArticleView marked(ArticleView view) {
        ThreadCheck.offUiThread("Annotations.marked");
        if (view == null || view.readingHtml() == null) {
            return view;
        }
        List<Highlight> hs = highlights(view.id());
        if (hs.isEmpty()) {
            return view;
        }
        String html = "<style>" + HighlightMarker.CSS + "</style>" + HighlightMarker.mark(view.readingHtml(), hs).html();
        return new ArticleView(view.article(), view.state(), view.countries(), view.published(), view.regionNames(),
                view.primarySubRegion(), html);
    }

    // ---- notes ---------------------------------------------------------------------------------

    /** The article's Markdown note, or null. */
    public String note(long articleId) {
        ThreadCheck.offUiThread("Annotations.note");
        return library.state(articleId).map(s -> s.notes()).orElse(null);
    }

    /** Sets the article's Markdown note (blank clears it); it is searchable at once. */
    public void setNote(long articleId, String markdown) {
        ThreadCheck.offUiThread("Annotations.setNote");
        library.setNotes(articleId, markdown);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The span widened so that it neither starts nor ends inside a word (a selection rarely means to). */
    static int[] wholeWords(String text, int[] span) {
        int s = span[0];
        int e = span[1];
        while (s > 0 && s < e && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s))) {
            s--;
        }
        while (e < text.length() && e > s && Character.isLetterOrDigit(text.charAt(e - 1))
                && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    private String bodyText(long articleId) {
        return library.article(articleId).map(a -> a.content().bodyText() == null ? "" : a.content().bodyText())
                .orElseThrow(() -> new IllegalArgumentException("No article " + articleId + "."));
    }
}
