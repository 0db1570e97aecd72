package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", description = {"Bring an export (JSON or zip from 'export') into the library.",
        "All or nothing: the whole file is checked first, and on any error",
        "nothing is changed. Articles already there are skipped.",
        "FILE may be a pipe or /dev/stdin."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    GazetteCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (LibraryService service = parent.openLibrary()) {
            var r = service.restore(file);
            spec.commandLine().getOut().println("restored " + Words.count(r.imported(), "article") + ", " + r.duplicates()
                    + " already present, " + Words.count(r.originalsRestored(), "original file"));
            r.problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
            return r.problems().isEmpty() ? 0 : 1;
        }
    }
}
