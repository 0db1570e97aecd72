package dev.gazette.service;

import dev.gazette.model.EmbeddedResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageInlinerTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void savedImagesBecomeDataUrisAndNothingElseChanges() {
        String html = "<p><img src=\"boats.png\"> <img src=\"elsewhere.png\"> <a href=\"style.css\">x</a></p>";
        String out = ImageInliner.inline(html, List.of(new EmbeddedResource("boats.png", "image/png", PNG),
                new EmbeddedResource("style.css", "text/css", "p{}".getBytes(StandardCharsets.UTF_8))));
        assertThat(out).contains("src=\"data:image/png;base64,iVBORw==\"")
                .contains("src=\"elsewhere.png\"") // not saved with the article: left as it was
                .contains("href=\"style.css\""); // not an image
    }

    @Test
    void withoutResourcesTheHtmlIsReturnedAsItIs() {
        assertThat(ImageInliner.inline("<p>x</p>", List.of())).isEqualTo("<p>x</p>");
        assertThat(ImageInliner.inline(null, List.of(new EmbeddedResource("a.png", "image/png", PNG)))).isNull();
    }
}
