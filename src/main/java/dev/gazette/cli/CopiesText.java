package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.StoryCopy;

import java.io.PrintWriter;
import java.util.List;

/** A story's copies as the command line prints them (list, show, copies). Stateless. */
final class CopiesText {

    private CopiesText() {
    }

    /** One line per saved text: "#12  lead    harbourwire.example  2024-05-14  Title". */
    static void print(PrintWriter out, List<StoryCopy> copies) {
        for (StoryCopy c : copies) {
            String role = c.lead() ? "shown" : c.latest() ? "copy" : "earlier";
            out.printf("  #%-6d %-8s %-28s %-10s %s%n", c.articleId(), role,
                    TerminalText.line(c.site() != null ? c.site() : c.outlet()),
                    c.published() == null ? "undated" : c.published().substring(0, Math.min(10, c.published().length())),
                    TerminalText.title(c.title()));
        }
    }

    static ArrayNode json(List<StoryCopy> copies) {
        ArrayNode array = Json.array();
        for (StoryCopy c : copies) {
            ObjectNode n = array.addObject();
            n.put("id", c.articleId());
            n.put("title", c.title());
            n.put("site", c.site());
            n.put("source", c.source());
            n.put("url", c.url());
            n.put("published", c.published());
            n.put("added", c.addedAt().toString());
            n.put("outlet", c.outlet());
            n.put("shown", c.lead());
            n.put("latest", c.latest());
        }
        return array;
    }
}
