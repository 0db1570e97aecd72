package dev.gazette.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the fixture files under {@code src/test/resources/ingest/}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/ingest/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
