package dev.gazette.service;

import dev.gazette.enrich.RegionResolver;
import dev.gazette.extract.ArticleExtractor;
import dev.gazette.ingest.ContentFit;
import dev.gazette.ingest.DocumentLoader;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File to article, without storing anything: load (ingest), extract, place (enrich).
 * Stateless and safe to call from several threads at once.
 */
public final class ExtractionPipeline {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final DocumentLoader loader;
    private final ArticleExtractor extractor;
    private final RegionResolver resolver;

    public ExtractionPipeline() {
        this(new DocumentLoader(), new ArticleExtractor(), RegionResolver.standard());
    }

    public ExtractionPipeline(DocumentLoader loader, ArticleExtractor extractor, RegionResolver resolver) {
        this.loader = loader;
        this.extractor = extractor;
        this.resolver = resolver;
    }

    public DocumentLoader loader() {
        return loader;
    }

    /**
     * True for a file a folder import should read: a supported format, and not a note about the
     * folder itself (a README, LICENSE or CHANGELOG describes the folder; it is not one of the
     * person's saved articles; given explicitly, such a file is still read).
     */
    public boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return loader.isSupported(file) && !name.matches("(readme|license|licence|changelog|notice)(\\.[a-z]+)?");
    }

    /** Reads one file into its articles (usually one). */
    public List<PreparedArticle> prepare(Path file) throws IOException {
        List<PreparedArticle> out = new ArrayList<>();
        for (SourceDocument doc : loader.load(file)) {
            out.add(prepare(doc));
        }
        return out;
    }

    /**
     * Reads one file from bytes already read (see {@link DocumentLoader#readOriginal(Path)}), each
     * document cut to at most maxChars characters first (see {@link ContentFit}); a document that
     * was cut says so in its {@link PreparedArticle#note()}.
     *
     * @throws CancellationException when the thread is interrupted: the work is abandoned between
     *                               steps and while a page is parsed
     */
    public List<PreparedArticle> prepare(Path file, byte[] original, int maxChars) throws IOException {
        return prepare(file, original, maxChars, ImportClock.fromProperty());
    }

    /** As {@link #prepare(Path, byte[], int)}, each stage's time added to the import's clock. */
    List<PreparedArticle> prepare(Path file, byte[] original, int maxChars, ImportClock clock) throws IOException {
        List<PreparedArticle> out = new ArrayList<>();
        ImportClock.Mark mark = clock.start();
        List<SourceDocument> docs = loader.load(file, original);
        clock.stop(ImportClock.Stage.DECODE, mark);
        for (SourceDocument doc : docs) {
            stopIfInterrupted();
            ContentFit.Fitted fitted = ContentFit.fit(doc, maxChars);
            PreparedArticle p = prepare(fitted.document(), clock);
            out.add(fitted.note() == null ? p
                    : new PreparedArticle(doc, p.article(), p.regions(), p.bodyHash(), fitted.note()));
        }
        return out;
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("stopped: took longer than allowed");
        }
    }

    public PreparedArticle prepare(SourceDocument doc) {
        return prepare(doc, ImportClock.fromProperty());
    }

    private PreparedArticle prepare(SourceDocument doc, ImportClock clock) {
        ImportClock.Mark mark = clock.start();
        ExtractedArticle article = extractor.extract(doc);
        mark = clock.stop(ImportClock.Stage.EXTRACT, mark);
        stopIfInterrupted();
        RegionAssessment regions = resolver.resolve(article);
        mark = clock.stop(ImportClock.Stage.REGIONS, mark);
        String hash = bodyHash(article);
        boolean empty = (article.bodyText() == null || article.bodyText().isBlank())
                && (article.title() == null || article.title().isBlank());
        if (empty) {
            // Nothing to recognise it by: two empty files are not the same article.
            hash = bodyHash(new ExtractedArticle(null, null, null, null, null, null, null, null, null, null,
                    "empty document " + doc.fileName() + " " + (doc.content() == null ? "" : doc.content()), null));
        }
        clock.stop(ImportClock.Stage.HASH, mark);
        return new PreparedArticle(doc, article, regions, hash);
    }

    /**
     * A hash of the body's words, lower-cased, so the same article saved twice (different page
     * chrome, whitespace or case) has the same hash. Falls back to the title when there is no body.
     */
    public static String bodyHash(ExtractedArticle article) {
        String text = article.bodyText();
        if (text == null || text.isBlank()) {
            text = "title:" + (article.title() == null ? "" : article.title());
        }
        StringBuilder normal = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            normal.append(m.group()).append(' ');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normal.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
