package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "tag", description = {"Add or remove tags on articles.",
        "  tag 12 14 --add venezuela --remove todo",
        "  tag 12 --add venezuela,energy     (commas separate tags, as in 'correct')"})
final class TagCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids;

    @Option(names = "--add", paramLabel = "TAG", description = "Tags to add (repeatable; commas separate tags).")
    List<String> add = List.of();

    @Option(names = "--remove", paramLabel = "TAG", description = "Tags to remove (repeatable; commas separate tags; a tag shown with a comma in its name is removed by that name).")
    List<String> remove = List.of();

    @Override
    public Integer call() {
        List<String> adding = clean(add);
        List<String> removing = clean(remove);
        if (adding.isEmpty() && removing.isEmpty()) {
            library.err().println("gazette: nothing to do: give --add TAG or --remove TAG");
            return 2;
        }
        try (LibraryService service = library.openLibrary()) {
            for (Long id : ids) {
                if (service.article(id).isEmpty()) {
                    library.err().println("gazette: no article " + id);
                    return 1;
                }
            }
            service.tag(ids, adding, removing);
            library.out().println("tagged " + Words.count(ids.size(), "article"));
            return 0;
        }
    }

    /** The tags as given, without blanks ("a,,b" and "a, b" give a and b). */
    private static List<String> clean(List<String> tags) {
        return tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
