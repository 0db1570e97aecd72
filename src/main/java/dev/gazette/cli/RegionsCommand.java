package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "correct", description = {"Correct an article's regions or published date:",
        "  correct 12 --regions Venezuela,Russia    correct 12 --published 2019-04-06",
        "  correct 12 --regions ''   (back to the detected regions)"})
final class RegionsCommand implements Callable<Integer> {

    @ParentCommand
    GazetteCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--regions", split = ",", paramLabel = "COUNTRY", description = "Countries (names or codes), most relevant first.")
    List<String> regions;

    @Option(names = "--published", paramLabel = "DATE", description = "Published date, YYYY-MM-DD ('' clears).")
    String published;

    @Override
    public Integer call() {
        try (LibraryService service = parent.openLibrary()) {
            if (service.article(id).isEmpty()) {
                spec.commandLine().getErr().println("gazette: no article " + id);
                return 1;
            }
            if (regions != null) {
                service.correctRegions(id, regions.stream().filter(s -> !s.isBlank()).toList());
            }
            if (published != null) {
                service.correctPublished(id, published);
            }
            spec.commandLine().getOut().println("corrected article " + id);
            return 0;
        }
    }
}
