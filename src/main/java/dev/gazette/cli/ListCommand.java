package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", description = {"List the library's articles, newest first, or those matching a search.",
        "The search syntax, as in the window's search box:",
        "  words \"exact phrase\" tag:x -tag:x source:x site:x",
        "  region:VE region:\"south america\"",
        "  after:2019-01-01 before:2020-01-01 year:2019",
        "  is:unread is:starred has:highlight has:note (-has:… for articles without)"})
final class ListCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Mixin
    JsonOption json;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many articles (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Search syntax terms.")
    List<String> query;

    @Override
    public Integer call() {
        PrintWriter out = library.out();
        try (LibraryService service = library.openForReading()) {
            ArticleQuery q = QueryTerms.parse(service, query, library.err());
            List<ArticleSummary> rows = service.list(q, offset, limit);
            // one row per story; how many saved texts it has (docs/copies.md)
            var copies = service.copies().counts(rows.stream().map(ArticleSummary::id).toList());
            if (json.on()) {
                ArrayNode array = Json.array();
                for (ArticleSummary s : rows) {
                    array.add(toJson(s).put("copies", copies.getOrDefault(s.id(), 1)));
                }
                out.println(Json.write(array));
            } else {
                for (ArticleSummary s : rows) {
                    out.printf("%6d  %-10s  %-20s  %-3s  %s%s%n", s.id(), s.published() == null ? "undated" : s.published().substring(0, Math.min(10, s.published().length())),
                            clip(TerminalText.line(s.source() != null ? s.source() : s.site()), 20),
                            s.primaryCountry() == null ? "" : s.primaryCountry(), TerminalText.title(s.title()),
                            (s.tags().isEmpty() ? "" : "  [" + TerminalText.line(String.join(", ", s.tags())) + "]")
                                    + (copies.getOrDefault(s.id(), 1) > 1 ? "  (" + copies.get(s.id()) + " copies)" : ""));
                }
                long all = service.count(q);
                library.err().println(rows.size() == all ? Words.count(all, "article")
                        : rows.size() + " of " + Words.count(all, "article"));
                if (all == 0 && (query == null || query.isEmpty())) { // a new user's first command
                    library.err().println("The library is empty: import saved pages with 'gazette import FOLDER',"
                            + " or open the window once (it brings example articles).");
                }
            }
            return 0;
        }
    }

    static ObjectNode toJson(ArticleSummary s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("published", s.published());
        n.put("source", s.source());
        n.put("site", s.site());
        n.put("primaryCountry", s.primaryCountry());
        n.put("region", s.subRegion());
        ArrayNode tags = n.putArray("tags");
        s.tags().forEach(tags::add);
        n.put("read", s.read());
        n.put("starred", s.starred());
        return n;
    }

    private static String clip(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
