package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import dev.gazette.service.Annotations;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

@Command(name = "highlight", description = "List, add and delete highlights.",
        subcommands = {picocli.CommandLine.HelpCommand.class})
final class HighlightCommand {

    @Mixin
    LibraryCommand library;

    @Command(name = "list", description = {"List highlights; words search their text and notes, filters select articles.",
            "  gazette highlight list \"region:VE year:2019 sanctions\""})
    int list(@Parameters(paramLabel = "QUERY", arity = "0..*") List<String> query,
             @Mixin JsonOption json,
             @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
                     description = "Show at most N highlights (default: ${DEFAULT-VALUE}).") int limit) {
        PrintWriter out = library.out();
        try (LibraryService service = library.openForReading()) {
            List<HighlightEntry> found = service.annotations()
                    .findHighlights(query == null ? "" : String.join(" ", query), limit);
            if (json.on()) {
                ArrayNode array = Json.array();
                for (HighlightEntry e : found) {
                    ObjectNode n = toJson(e.highlight());
                    n.put("title", e.article().title());
                    n.put("published", e.article().published());
                    array.add(n);
                }
                out.println(Json.write(array));
            } else {
                for (HighlightEntry e : found) {
                    Highlight h = e.highlight();
                    out.printf("%6d  #%-5d %-10s %-7s %s%s%n", h.id(), h.articleId(),
                            e.article().published() == null ? "undated" : e.article().published(), h.colour(),
                            TerminalText.line(quote(h)), h.note() == null ? "" : "  — " + TerminalText.line(h.note().replaceAll("\\s+", " ")));
                }
                library.err().println(Words.count(found.size(), "highlight"));
            }
            return 0;
        }
    }

    @Command(name = "add", description = {"Highlight a passage of an article, given as its text.",
            "  gazette highlight add 12 --text \"oil exports fell\" --colour green"})
    int add(@Parameters(paramLabel = "ARTICLE") long article,
            @Option(names = "--text", required = true, description = "The passage, as it reads in the article.") String text,
            @Option(names = "--colour", defaultValue = "yellow", description = "yellow, green, blue or pink.") String colour,
            @Option(names = "--note", description = "A note on it (Markdown).") String note) {
        try (LibraryService service = library.openLibrary()) {
            if (!Highlight.COLOURS.contains(colour.toLowerCase(java.util.Locale.ROOT))) {
                library.err().println("gazette: colour must be one of " + Highlight.COLOURS);
                return 2;
            }
            Annotations a = service.annotations();
            Optional<Highlight> h;
            try {
                h = a.highlightText(article, text, colour, note);
            } catch (IllegalArgumentException e) {
                library.err().println("gazette: " + e.getMessage());
                return 1;
            }
            if (h.isEmpty()) {
                library.err().println("gazette: that text is not in article " + article);
                return 1;
            }
            library.out().println("highlight " + h.get().id() + ": " + TerminalText.line(quote(h.get())));
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete highlights by their ids.")
    int delete(@Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids) {
        try (LibraryService service = library.openLibrary()) {
            int missing = 0;
            for (long id : ids) {
                if (!service.annotations().deleteHighlight(id)) {
                    library.err().println("gazette: no highlight " + id);
                    missing++;
                }
            }
            library.out().println("deleted " + Words.count(ids.size() - missing, "highlight"));
            return missing == 0 ? 0 : 1;
        }
    }

    static String quote(Highlight h) {
        String q = h.exact().replaceAll("\\s+", " ").strip();
        return "\u201c" + (q.length() > 80 ? q.substring(0, 79) + "…" : q) + "\u201d" + (h.orphaned() ? " (orphaned)" : "");
    }

    static ObjectNode toJson(Highlight h) {
        ObjectNode n = Json.object();
        n.put("id", h.id());
        n.put("article", h.articleId());
        n.put("exact", h.exact());
        n.put("prefix", h.prefix());
        n.put("suffix", h.suffix());
        n.put("start", h.start());
        n.put("colour", h.colour());
        n.put("note", h.note());
        n.put("created", h.created().toString());
        n.put("orphaned", h.orphaned());
        return n;
    }
}
