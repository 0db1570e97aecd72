package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.TagSuggestion;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Prints the tags Gazette would offer, learned from the library's own tagging (docs/tags.md). */
@Command(name = "suggest", description = {"Suggest tags, learned from the tags already in the library.",
        "With no search: every article without tags; with a search (as in 'list'):",
        "the articles it matches. Only the tags Gazette would offer, best first.",
        "  suggest --json       {\"12\": [{\"tag\": \"energy\", \"score\": 0.93}], ...}",
        "  suggest region:VE    the articles about Venezuela"})
final class SuggestCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    /** JSON for scripts: {"ID": [{"tag": …, "score": …}, …]}. */
    @Mixin
    JsonOption json;

    @Option(names = "--limit", defaultValue = "100000", description = "At most this many articles (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "SEARCH", arity = "0..*", description = "Search syntax terms (default: articles without tags).")
    List<String> search;

    @Override
    public Integer call() {
        PrintWriter out = library.out();
        try (LibraryService service = library.openLibrary()) {
            boolean untagged = search == null || search.isEmpty();
            ArticleQuery q = untagged ? ArticleQuery.ALL : QueryTerms.parse(service, search, library.err());
            Map<Long, List<TagSuggestion>> found = service.suggestions().suggestAll(q, untagged, limit, Integer.MAX_VALUE);
            if (json.on()) {
                ObjectNode root = Json.object();
                found.forEach((id, tags) -> {
                    ArrayNode a = root.putArray(Long.toString(id));
                    for (TagSuggestion t : tags) {
                        a.addObject().put("tag", t.tag()).put("score", t.score());
                    }
                });
                out.println(Json.write(root));
            } else {
                found.forEach((id, tags) -> out.printf("%6d  %s%n", id, String.join(", ",
                        tags.stream().map(t -> t.tag() + " (" + String.format(java.util.Locale.ROOT, "%.2f", t.score()) + ")")
                                .toList())));
                library.err().println(Words.count(found.size(), "article") + " with suggestions"
                        + (service.suggestions().learnedTags().isEmpty()
                        ? " (no tag has two articles yet: tag a few, then ask again)" : ""));
            }
            return 0;
        }
    }
}
