package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.service.ArticleView;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "show", description = "Print one article.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "ID", description = "The article's id (see list).")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = library.out();
        try (LibraryService service = library.openForReading()) {
            var found = service.article(id);
            if (found.isEmpty()) {
                library.err().println("gazette: no article " + id);
                return 1;
            }
            ArticleView v = found.get();
            ExtractedArticle a = v.article().content();
            if (json.on()) {
                ObjectNode n = Json.object();
                n.put("id", v.id());
                n.put("title", a.title());
                n.put("published", v.published());
                n.put("author", a.author());
                n.put("source", a.source());
                n.put("site", a.site());
                n.put("url", a.url());
                n.put("language", a.language());
                ArrayNode countries = n.putArray("countries");
                for (CountryMention c : v.countries()) {
                    countries.addObject().put("code", c.code()).put("score", c.score())
                            .set("evidence", Json.strings(c.evidence()));
                }
                n.put("region", v.primarySubRegion());
                n.set("tags", Json.strings(v.state().tags()));
                n.put("read", v.state().read());
                n.put("starred", v.state().starred());
                n.set("copies", CopiesText.json(service.copies().of(id)));
                n.put("articleBody", a.bodyText());
                out.println(Json.write(n));
            } else {
                out.println(TerminalText.title(a.title()));
                out.println(TerminalText.line(String.join(" · ", nonNull(v.published(), a.author(), a.source(), a.site(),
                        v.regionNames().isEmpty() ? null : String.join(", ", v.regionNames())))));
                if (!v.state().tags().isEmpty()) {
                    out.println("tags: " + TerminalText.line(String.join(", ", v.state().tags())));
                }
                var copies = service.copies().of(id);
                if (copies.size() > 1) {
                    out.println("copies:");
                    CopiesText.print(out, copies);
                }
                out.println();
                out.println(TerminalText.text(a.bodyText()));
            }
            return 0;
        }
    }

    private static java.util.List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }
}
