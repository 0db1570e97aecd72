package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", description = {"Bring an export (JSON or zip from 'export') into the library.",
        "All or nothing: the whole file is checked first, and on any error",
        "nothing is changed. Articles already there are skipped.",
        "FILE may be a pipe or /dev/stdin."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (LibraryService service = library.openLibrary()) {
            var r = service.restore(file);
            library.out().println("restored " + Words.count(r.imported(), "article") + ", " + r.duplicates()
                    + " already present, " + Words.count(r.originalsRestored(), "original file"));
            r.problems().forEach(p -> library.err().println("problem: " + p));
            return r.problems().isEmpty() ? 0 : 1;
        }
    }
}
