package dev.gazette.cli;

import dev.gazette.dossier.Dossier;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "dossier", description = {"Write the articles matching a search as an e-book or one document.",
        "The articles come in date order, with your highlights and notes:",
        "  gazette dossier --query \"region:VE year:2019\" --out venezuela.epub",
        "The file's extension chooses the format: .epub (EPUB 3), .md, .html."})
final class DossierCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Option(names = {"-q", "--query"}, paramLabel = "SEARCH", defaultValue = "",
            description = "Search syntax (as in `gazette list`); empty for the whole library.")
    String query;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (it is replaced whole, atomically).")
    boolean force;

    @Option(names = {"-t", "--title"}, paramLabel = "TITLE", description = "The book's title (default: from the query).")
    String title;

    @Override
    public Integer call() {
        try (LibraryService service = library.openLibrary()) {
            String warning = service.parseSearch(query).warning();
            if (warning != null) {
                library.err().println("note: " + warning);
            }
            Dossier d = service.dossiers().writeDossier(query, title, out, force);
            long highlights = d.articles().stream().mapToLong(a -> a.highlights().size()).sum();
            library.out().println("wrote " + out + ": " + Words.count(d.articles().size(), "article") + ", "
                    + Words.count(highlights, "highlight"));
            return 0;
        } catch (IllegalArgumentException e) {
            library.err().println("gazette: " + e.getMessage());
            return 2;
        }
    }
}
