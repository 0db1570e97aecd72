package dev.gazette.service;

import dev.gazette.dossier.Dossier;
import dev.gazette.dossier.DossierArticle;
import dev.gazette.dossier.DossierWriter;
import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.SearchParse;
import dev.gazette.store.Library;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes dossiers: the articles of any filtered view, in date order, with their highlights
 * marked and their notes, as one EPUB 3 book, one Markdown or one HTML document (the dossier
 * package does the writing; this class gathers the articles). The window and the command line
 * reach it through {@link LibraryService#dossiers()}. Safe across threads as the library is.
 */
public final class DossierExport {

    /** Articles a dossier holds at most. */
    public static final int MAX_DOSSIER_ARTICLES = 5_000;

    /** The formats a dossier can be written in, chosen by the file's extension. */
    public enum Format { EPUB, MARKDOWN, HTML }

    private final LibraryReader reader;
    private final Library library;
    private final Annotations annotations;

    DossierExport(LibraryReader reader, Library library, Annotations annotations) {
        this.reader = reader;
        this.library = library;
        this.annotations = annotations;
    }

    /** The format a file name asks for: .epub, .md / .markdown, .html / .htm. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".epub")) {
            return Format.EPUB;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        throw new IllegalArgumentException("Write the dossier to a .epub, .md or .html file (not " + name + ").");
    }

    /** The articles matching a search (search-box syntax) as a dossier, in date order. */
    public Dossier dossier(String search, String title) {
        ThreadCheck.offUiThread("DossierExport.dossier");
        SearchParse parse = reader.parseSearch(search == null ? "" : search);
        return dossier(parse.query(), title == null || title.isBlank() ? defaultTitle(search) : title, search);
    }

    /** The articles matching a query as a dossier, in date order. */
    public Dossier dossier(ArticleQuery query, String title, String described) {
        ThreadCheck.offUiThread("DossierExport.dossier");
        ArticleQuery q = (query == null ? ArticleQuery.ALL : query).withSort(ArticleQuery.Sort.PUBLISHED_ASC);
        List<DossierArticle> articles = new ArrayList<>();
        for (ArticleSummary s : reader.list(q, 0, MAX_DOSSIER_ARTICLES)) {
            reader.article(s.id()).ifPresent(v -> articles.add(dossierArticle(v)));
        }
        return new Dossier(title == null || title.isBlank() ? defaultTitle(described) : title, described, Instant.now(),
                articles);
    }

    private DossierArticle dossierArticle(ArticleView v) {
        Article a = v.article();
        var x = a.content();
        return new DossierArticle(a.id(), x.title(), x.source(), x.site(), x.author(), v.published(), x.url(),
                x.language(), v.regionNames(), v.state().tags(), x.bodyHtml(), x.bodyText(), v.state().notes(),
                annotations.highlights(a.id()), library.resources(a.id()));
    }

    /** Writes the dossier in the given format to out (not closed). */
    public static void write(Dossier d, Format format, OutputStream out) throws IOException {
        switch (format) {
            case EPUB -> DossierWriter.writeEpub(d, out);
            case MARKDOWN -> out.write(DossierWriter.markdown(d).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(PagePolicy.page(DossierWriter.html(d)).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /**
     * Writes the articles matching a search to a file whose extension chooses the format,
     * through {@link SafeOutput} (never inside the library folder, never over a directory,
     * device, FIFO or symlink, over an existing file only when replace is true; atomically);
     * returns the dossier written.
     *
     * @throws SafeOutput.Refused when the target is refused or the write fails (the target is then unchanged)
     */
    public Dossier writeDossier(String search, String title, Path file, boolean replace) {
        ThreadCheck.offUiThread("DossierExport.writeDossier");
        Format format = formatOf(file);
        SafeOutput.check(file, library.directory(), replace);
        Dossier d = dossier(search, title);
        writeFile(d, format, file, replace);
        return d;
    }

    /** Writes a dossier already gathered to a file, through {@link SafeOutput} as {@link #writeDossier} does. */
    public void writeFile(Dossier d, Format format, Path file, boolean replace) {
        ThreadCheck.offUiThread("DossierExport.writeFile");
        SafeOutput.write(file, library.directory(), replace, out -> write(d, format, out));
    }

    private static String defaultTitle(String search) {
        return search == null || search.isBlank() ? "Gazette dossier" : "Dossier: " + search.strip();
    }
}
