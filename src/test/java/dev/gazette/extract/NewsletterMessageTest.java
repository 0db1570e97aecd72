package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** E-mail metadata settled against the extracted story (all texts are fictional). */
class NewsletterMessageTest {

    private static final String STORY = "<p>The town council of Port Ellery voted on Monday to keep the old lighthouse lamp lit "
            + "through the winter, reversing a plan to switch it off.</p><p>Fishing crews had asked for the light to stay, "
            + "saying the buoy is hard to see in snow and that the lamp is what they look for after dark.</p>"
            + "<p>The keeper's cottage below the tower will also reopen on weekends as a small museum about the harbour.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle mail(String html, Map<String, String> hints) {
        return extractor.extract(new SourceDocument("m.eml", SourceFormat.EML, html, "UTF-8", null, null, hints,
                List.of(), List.of()));
    }

    @Test
    void senderThatNamesTheNewsletterIsNeitherAuthorNorPartOfTheTitleButIsTheSource() {
        ExtractedArticle a = mail("<html><body><h2>Harbour Lines</h2><div>" + STORY + "</div><p>You get Harbour Lines "
                + "because you asked.</p></body></html>",
                Map.of("title", "Harbour Lines: Port Ellery keeps its lighthouse lamp", "sender", "Harbour Lines"));
        assertThat(a.title()).isEqualTo("Port Ellery keeps its lighthouse lamp");
        assertThat(a.author()).isNull();
        assertThat(a.source()).isEqualTo("Harbour Lines");
    }

    @Test
    void senderWithAPersonalNameIsTheAuthorWhenTheBodyHasNoByline() {
        ExtractedArticle a = mail("<html><body><div>" + STORY + "</div></body></html>",
                Map.of("title", "Port Ellery keeps its lighthouse lamp", "sender", "Maren Solvik"));
        assertThat(a.author()).isEqualTo("Maren Solvik");
        assertThat(a.source()).as("never null with a From name").isEqualTo("Maren Solvik");
    }

    @Test
    void personNamedInBracketsAfterTheNewsletterIsTheAuthor() {
        ExtractedArticle a = mail("<html><body><div>" + STORY + "</div></body></html>",
                Map.of("title", "Library reopens on Friday in Millbrook", "sender", "Weekly Lantern (Jo Testwell)"));
        assertThat(a.author()).isEqualTo("Jo Testwell");
        assertThat(a.source()).isEqualTo("Weekly Lantern");
    }

    @Test
    void bylineInTheBodyBeatsTheSenderAndLeavesTheBody() {
        ExtractedArticle a = mail("<html><body><div><p>TOP STORY</p><h1>Port Ellery keeps its lamp</h1>"
                        + "<p>By Maren Solvik</p>" + STORY + "</div></body></html>",
                Map.of("title", "[Harbour Lines] Port Ellery keeps its lighthouse lamp", "sender", "Idun Halvorsen",
                        "newsletter", "Harbour Lines"));
        assertThat(a.author()).isEqualTo("Maren Solvik");
        assertThat(a.title()).isEqualTo("Port Ellery keeps its lighthouse lamp");
        assertThat(a.source()).isEqualTo("Harbour Lines");
        assertThat(a.bodyText()).startsWith("The town council").doesNotContain("TOP STORY", "By Maren");
        assertThat(a.bodyHtml()).doesNotContain("TOP STORY", "By Maren");
    }

    @Test
    void headlineRepeatedAboveTheStoryWithoutTheNewsletterNameLeavesTheBody() {
        ExtractedArticle a = mail("<html><head><title>Harbour Lines: Port Ellery keeps its lighthouse lamp</title></head>"
                        + "<body><div><h2>Port Ellery keeps its lighthouse lamp</h2>" + STORY + "</div></body></html>",
                Map.of("title", "Harbour Lines: Port Ellery keeps its lighthouse lamp", "sender", "Harbour Lines"));
        assertThat(a.title()).isEqualTo("Port Ellery keeps its lighthouse lamp");
        assertThat(a.bodyText()).startsWith("The town council");
    }

    @Test
    void subjectPartRepeatedInTheMastheadIsTheNewsletterName() {
        ExtractedArticle a = mail("<html><body><p>THE TIDE TABLE</p><div>" + STORY + "</div></body></html>",
                Map.of("title", "The Tide Table: Port Ellery keeps its lighthouse lamp", "sender", "Coastal Ledger"));
        assertThat(a.title()).isEqualTo("Port Ellery keeps its lighthouse lamp");
    }

    @Test
    void subjectPartThatTheStoryItselfMentionsStays() {
        ExtractedArticle a = mail("<html><body><p>Port Ellery</p><div>" + STORY + "</div></body></html>",
                Map.of("title", "Port Ellery: council keeps the lighthouse lamp lit", "sender", "Coastal Ledger"));
        assertThat(a.title()).isEqualTo("Port Ellery: council keeps the lighthouse lamp lit");
    }

    @Test
    void pagesThatAreNotMailAreLeftAlone() {
        ExtractedArticle a = extractor.extract(new SourceDocument("p.html", SourceFormat.HTML,
                "<html><body><div><p>TOP STORY</p>" + STORY + "</div></body></html>", "UTF-8", null, null,
                Map.of("title", "The Weekly Compass: Port Ellery keeps its lamp"), List.of(), List.of()));
        assertThat(a.title()).isEqualTo("The Weekly Compass: Port Ellery keeps its lamp");
    }
}
