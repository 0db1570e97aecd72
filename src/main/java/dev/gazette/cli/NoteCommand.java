package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "note", description = {"Show or set an article's Markdown note.",
        "  gazette note 12                   show it",
        "  gazette note 12 --set \"text\"      set it",
        "  --file notes.md reads it from a file, --clear removes it."})
final class NoteCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Parameters(paramLabel = "ARTICLE")
    long article;

    @Option(names = "--set", paramLabel = "MARKDOWN")
    String set;

    @Option(names = "--file", paramLabel = "FILE")
    Path file;

    @Option(names = "--clear")
    boolean clear;

    @Override
    public Integer call() throws IOException {
        try (LibraryService service = library.openLibrary()) {
            if (service.article(article).isEmpty()) {
                library.err().println("gazette: no article " + article);
                return 1;
            }
            String text = clear ? null : file != null ? Files.readString(file, StandardCharsets.UTF_8) : set;
            if (clear || text != null) {
                service.annotations().setNote(article, text);
                library.out().println(clear ? "note cleared" : "note saved");
            } else {
                String note = service.annotations().note(article);
                library.out().println(note == null ? "" : note);
            }
            return 0;
        }
    }
}
