package dev.gazette.annotate;

import dev.gazette.model.Highlight;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Marks highlights in an article's reading HTML: every passage a highlight quotes is wrapped in
 * {@code <mark class="hl hl-COLOUR" id="hl-ID">} (the note, if any, as its title). Quotes are
 * anchored in the plain body text; here they are found again in the HTML's own text with
 * {@link TextQuoteAnchor}, so differences of white space and block breaks between the two do
 * not matter. A highlight that crosses elements (two paragraphs, a link) becomes several marks;
 * where highlights overlap the newer one's colour shows. Orphaned highlights are not marked.
 * Returns new HTML and never changes its input. Stateless and safe across threads.
 */
public final class HighlightMarker {

    /** CSS for the four highlight colours, for pages that show marks (reader, exports). */
    public static final String CSS = "mark.hl{color:inherit;border-radius:2px;padding:0 .05em;}"
            + "mark.hl-yellow{background:#fde68a;}mark.hl-green{background:#bbf7d0;}"
            + "mark.hl-blue{background:#bfdbfe;}mark.hl-pink{background:#fbcfe8;}"
            + "@media (prefers-color-scheme: dark){mark.hl{color:#111;}}";

    /** The marked HTML and the ids of the highlights that were placed in it. */
    public record Marked(String html, Set<Long> placed) {
    }

    private HighlightMarker() {
    }

    /** Marks highlights in an HTML fragment (a body's content); output is HTML. */
    public static Marked mark(String html, List<Highlight> highlights) {
        return mark(html, highlights, false);
    }

    /**
     * Marks highlights in an HTML fragment. With xhtml, the output is well-formed XML (for
     * EPUB chapters); otherwise HTML.
     */
    public static Marked mark(String html, List<Highlight> highlights, boolean xhtml) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false);
        if (xhtml) {
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        }
        Set<Long> placed = markIn(doc.body(), highlights);
        return new Marked(doc.body().html(), placed);
    }

    /** Marks highlights inside an element of a document being built (changes it); returns the ids placed. */
    public static Set<Long> markIn(Element root, List<Highlight> highlights) {
        Flat flat = Flat.of(root);
        // per text node: {start, end, highlight index} segments
        Map<Integer, List<int[]>> segments = new HashMap<>();
        Set<Long> placed = new LinkedHashSet<>();
        List<Highlight> live = highlights.stream().filter(h -> !h.orphaned() && !h.exact().isBlank()).toList();
        for (int k = 0; k < live.size(); k++) {
            Highlight h = live.get(k);
            TextQuoteAnchor.Result r = TextQuoteAnchor.find(flat.text.toString(), h.exact(), h.prefix(), h.suffix(),
                    h.start());
            if (!r.found()) {
                continue;
            }
            boolean any = false;
            int i = r.start();
            while (i < r.end()) {
                int node = flat.node.get(i);
                if (node < 0) {
                    i++;
                    continue;
                }
                int from = flat.offset.get(i);
                int j = i;
                while (j < r.end() && flat.node.get(j) == node) {
                    j++;
                }
                int to = flat.offset.get(j - 1) + 1;
                segments.computeIfAbsent(node, n -> new ArrayList<>()).add(new int[] {from, to, k});
                any = true;
                i = j;
            }
            if (any) {
                placed.add(h.id());
            }
        }
        Set<Integer> idDone = new java.util.HashSet<>();
        for (Map.Entry<Integer, List<int[]>> e : segments.entrySet()) {
            TextNode node = flat.nodes.get(e.getKey());
            String text = node.getWholeText();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
            for (int[] s : e.getValue()) {
                cuts.add(s[0]);
                cuts.add(s[1]);
            }
            List<Node> pieces = new ArrayList<>();
            Integer prev = null;
            for (int cut : cuts) {
                if (prev != null && cut > prev) {
                    int a = prev;
                    String piece = text.substring(a, cut);
                    int[] top = e.getValue().stream().filter(s -> s[0] <= a && s[1] >= cut)
                            .max(Comparator.comparingLong((int[] s) -> live.get(s[2]).id()).thenComparingInt(s -> s[2]))
                            .orElse(null);
                    if (top == null) {
                        pieces.add(new TextNode(piece));
                    } else {
                        Highlight h = live.get(top[2]);
                        Element mark = new Element("mark").addClass("hl").addClass("hl-" + h.colour());
                        if (idDone.add(top[2])) {
                            mark.attr("id", "hl-" + h.id());
                        }
                        mark.attr("data-highlight", Long.toString(h.id()));
                        if (h.note() != null) {
                            mark.attr("title", h.note());
                        }
                        mark.appendChild(new TextNode(piece));
                        pieces.add(mark);
                    }
                }
                prev = cut;
            }
            for (Node p : pieces) {
                node.before(p);
            }
            node.remove();
        }
        return placed;
    }

    /**
     * The text of an element as one string, a line break standing for every block boundary,
     * with the text node and offset each character came from (node -1 for the breaks).
     */
    static final class Flat {
        final StringBuilder text = new StringBuilder();
        final List<TextNode> nodes = new ArrayList<>();
        final IntList node = new IntList();
        final IntList offset = new IntList();

        static Flat of(Element root) {
            Flat f = new Flat();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node n, int depth) {
                    if (n instanceof TextNode t) {
                        String s = t.getWholeText();
                        int index = f.nodes.size();
                        f.nodes.add(t);
                        for (int i = 0; i < s.length(); i++) {
                            f.text.append(s.charAt(i));
                            f.node.add(index);
                            f.offset.add(i);
                        }
                    } else if (n instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                        f.brk();
                    }
                }

                @Override
                public void tail(Node n, int depth) {
                    if (n instanceof Element e && e.isBlock()) {
                        f.brk();
                    }
                }
            }, root);
            return f;
        }

        private void brk() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
                node.add(-1);
                offset.add(-1);
            }
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] data = new int[256];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }
    }
}
