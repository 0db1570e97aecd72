package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "copies", description = {"List the saved texts of an article's story.",
        "  copies 12              its texts: copies from other sites, earlier versions",
        "  copies 14 --split      14 is not the same story: never grouped again",
        "  copies 12 --merge 15   one story of 12's and 15's"})
final class CopiesCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Mixin
    JsonOption json;

    @Option(names = "--split", description = "Take the article out of its story.")
    boolean split;

    @Option(names = "--merge", paramLabel = "ID", arity = "1..*", description = "Merge these articles' stories into the article's.")
    List<Long> merge;

    @Parameters(paramLabel = "ID", description = "The article's id (see list).")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = library.out();
        try (LibraryService service = library.openLibrary()) {
            if (service.article(id).isEmpty()) {
                library.err().println("gazette: no article " + id);
                return 1;
            }
            if (split) {
                service.copies().split(id);
            }
            if (merge != null && !merge.isEmpty()) {
                List<Long> ids = new ArrayList<>(List.of(id));
                ids.addAll(merge);
                service.copies().merge(ids);
            }
            var copies = service.copies().of(id);
            if (json.on()) {
                out.println(Json.write(CopiesText.json(copies)));
            } else {
                CopiesText.print(out, copies);
            }
            return 0;
        }
    }
}
