package dev.gazette.service;

import dev.gazette.dossier.EpubValidation;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Highlights, notes and dossiers (DossierExport) over the sample articles, through the service the window and CLI use. */
class AnnotationsTest {

    @TempDir
    Path dir;
    LibraryService service;
    Annotations annotations;

    @BeforeEach
    void open() {
        service = LibraryService.open(dir.resolve("library"));
        service.importPaths(List.of(Path.of("samples")));
        annotations = service.annotations();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private ArticleSummary article(String search) {
        List<ArticleSummary> found = service.list(service.parseSearch(search).query(), 0, 10);
        assertThat(found).as(search).isNotEmpty();
        return found.get(0);
    }

    private String body(long id) {
        return service.article(id).orElseThrow().article().content().bodyText();
    }

    /** A passage of a few words from the middle of the article's second paragraph. */
    private static String passage(String body) {
        String[] paragraphs = body.split("\\n\\s*\\n");
        String p = paragraphs[Math.min(1, paragraphs.length - 1)];
        String[] words = p.split("\\s+");
        return String.join(" ", List.of(words).subList(1, Math.min(words.length, 7)));
    }

    @Test
    void highlightsAPassageCopiedFromTheReaderAndMarksIt() {
        ArticleSummary nairobi = article("Nairobi");
        String quote = passage(body(nairobi.id()));
        Highlight h = annotations.highlightText(nairobi.id(), quote.replace(" ", "\n  "), "green", "follow up")
                .orElseThrow();
        assertThat(h.exact()).isEqualTo(quote);
        assertThat(annotations.highlights(nairobi.id())).containsExactly(h);
        ArticleView marked = annotations.marked(service.article(nairobi.id()).orElseThrow());
        assertThat(marked.readingHtml()).contains("<mark class=\"hl hl-green\" id=\"hl-" + h.id() + "\"", "mark.hl-green{");
        assertThat(annotations.highlightText(nairobi.id(), "words that are in no article at all", null, null)).isEmpty();
    }

    @Test
    void highlightsByOffsetsAndRefusesAnEmptyRange() {
        ArticleSummary a = article("Valparaiso");
        Highlight h = annotations.highlight(a.id(), 0, 12, "pink", null);
        assertThat(h.exact()).isEqualTo(body(a.id()).substring(0, 12));
        assertThatThrownBy(() -> annotations.highlight(a.id(), 5, 5, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> annotations.highlight(99_999, 0, 3, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void highlightsAndNotesAreSearchableAndFilterable() {
        ArticleSummary a = article("Nairobi");
        ArticleSummary b = article("Perth");
        annotations.highlightText(a.id(), passage(body(a.id())), "yellow", "zanzibarish remark");
        annotations.setNote(b.id(), "Compare with the **quokkaplant** project.");
        assertThat(annotations.note(b.id())).contains("quokkaplant");
        assertThat(service.list(service.parseSearch("zanzibarish").query(), 0, 10)).extracting(ArticleSummary::id)
                .containsExactly(a.id());
        assertThat(service.list(service.parseSearch("quokkaplant").query(), 0, 10)).extracting(ArticleSummary::id)
                .containsExactly(b.id());
        assertThat(service.list(service.parseSearch("has:highlight").query(), 0, 10)).extracting(ArticleSummary::id)
                .containsExactly(a.id());
        assertThat(service.list(service.parseSearch("has:note").query(), 0, 10)).extracting(ArticleSummary::id)
                .containsExactly(b.id());
        List<HighlightEntry> found = annotations.findHighlights("zanzibarish", 100);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).article().id()).isEqualTo(a.id());
        assertThat(annotations.findHighlights("has:highlight region:KE", 100)).hasSize(1);
        assertThat(annotations.findHighlights("region:AU", 100)).isEmpty();
        annotations.setHighlightColour(found.get(0).highlight().id(), "blue");
        annotations.setHighlightNote(found.get(0).highlight().id(), null);
        assertThat(annotations.findHighlights("zanzibarish", 100)).isEmpty();
        assertThat(annotations.highlights(a.id()).get(0).colour()).isEqualTo("blue");
        assertThat(annotations.deleteHighlight(found.get(0).highlight().id())).isTrue();
        assertThat(annotations.highlightCount()).isZero();
    }

    @Test
    void dossierOfTheSamplesIsAValidEpubAndAlsoMarkdownAndHtml() throws Exception {
        for (ArticleSummary s : service.list(dev.gazette.model.ArticleQuery.ALL, 0, 100)) {
            annotations.highlightText(s.id(), passage(body(s.id())), "yellow", "note on " + s.id());
        }
        annotations.setNote(article("Osaka").id(), "# Why\n\n- ferries\n- *robots*");
        Path epub = Files.createDirectories(dir.resolve("out")).resolve("all.epub");
        var d = service.dossiers().writeDossier("", "All samples", epub, false);
        assertThat(d.articles()).hasSize((int) service.count(dev.gazette.model.ArticleQuery.ALL));
        EpubValidation.Outcome outcome = EpubValidation.check(epub);
        assertThat(outcome.valid()).as(outcome.messages()).isTrue();

        var md = service.dossiers().writeDossier("year:2019", null, dir.resolve("out/2019.md"), false);
        assertThat(md.articles()).isNotEmpty().allMatch(a -> a.date().startsWith("2019"));
        assertThat(Files.readString(dir.resolve("out/2019.md"))).startsWith("# Dossier: year:2019").contains("==");
        service.dossiers().writeDossier("year:2019", null, dir.resolve("out/2019.html"), false);
        assertThat(Files.readString(dir.resolve("out/2019.html"))).contains("<mark class=\"hl hl-yellow\"");
        assertThatThrownBy(() -> service.dossiers().writeDossier("", null, dir.resolve("out/x.pdf"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSelectionEndingInsideAWordTakesTheWholeWord() {
        String text = "Oil exports fell sharply in March.";
        int[] span = Annotations.wholeWords(text, new int[] {5, 14});
        assertThat(text.substring(span[0], span[1])).isEqualTo("exports fell");
        span = Annotations.wholeWords(text, new int[] {4, 11});
        assertThat(text.substring(span[0], span[1])).isEqualTo("exports");
    }
}
