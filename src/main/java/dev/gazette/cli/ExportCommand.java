package dev.gazette.cli;

import dev.gazette.model.ArticleQuery;
import dev.gazette.service.LibraryService;
import dev.gazette.service.SafeOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = {"Export the library, or the articles matching a search, as JSON.",
        "With --originals, a zip holding the JSON and every original file;",
        "with --markdown or --html, one article as a document.",
        "  export --out library.json              export --originals --out all.zip",
        "  export --out venezuela.json region:VE  export --markdown 12 --out story.md"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (it is replaced whole, atomically).")
    boolean force;

    @Option(names = "--originals", description = "Write a zip with the original files too.")
    boolean originals;

    @Option(names = "--markdown", paramLabel = "ID", description = "Export this one article as Markdown.")
    Long markdown;

    @Option(names = "--html", paramLabel = "ID", description = "Export this one article as a standalone HTML page.")
    Long html;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Search syntax terms choosing the articles.")
    List<String> query;

    @Override
    public Integer call() throws IOException {
        if (originals && out == null) {
            library.err().println("gazette: --originals writes a zip: give --out FILE");
            return 2;
        }
        try (LibraryService service = library.openLibrary()) {
            if (markdown != null || html != null) {
                long id = markdown != null ? markdown : html;
                if (service.article(id).isEmpty()) {
                    library.err().println("gazette: no article " + id);
                    return 1;
                }
                String text = markdown != null ? service.exportMarkdown(id) : service.exportHtml(id);
                if (out == null) {
                    library.out().print(text);
                } else {
                    SafeOutput.write(out, service.directory(), force,
                            o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
                }
                return 0;
            }
            ArticleQuery q = QueryTerms.parse(service, query, library.err());
            if (out == null) {
                OutputStream stdout = new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                service.exportLibrary(q, stdout, false);
                stdout.flush();
            } else {
                SafeOutput.write(out, service.directory(), force, o -> service.exportLibrary(q, o, originals));
                library.err().println("exported " + Words.count(service.count(q), "article") + " to " + out);
            }
            return 0;
        }
    }
}
