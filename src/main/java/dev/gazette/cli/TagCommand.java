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

@Command(name = "tag", description = "Add or remove tags on articles: tag 12 14 --add venezuela --remove todo")
final class TagCommand implements Callable<Integer> {

    @ParentCommand
    GazetteCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids;

    @Option(names = "--add", paramLabel = "TAG", description = "Tag to add (repeatable).")
    List<String> add = List.of();

    @Option(names = "--remove", paramLabel = "TAG", description = "Tag to remove (repeatable).")
    List<String> remove = List.of();

    @Override
    public Integer call() {
        try (LibraryService service = parent.openLibrary()) {
            for (Long id : ids) {
                if (service.article(id).isEmpty()) {
                    spec.commandLine().getErr().println("gazette: no article " + id);
                    return 1;
                }
            }
            service.tag(ids, add, remove);
            spec.commandLine().getOut().println("tagged " + ids.size() + " article(s)");
            return 0;
        }
    }
}
