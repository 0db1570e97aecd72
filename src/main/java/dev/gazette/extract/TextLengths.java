package dev.gazette.extract;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text figures of every element of a tree that stays as it is, each computed once from its
 * children's: the length of {@code e.text()}, its link text ({@link HtmlBodyExtractor#linkDensity}'s
 * numerator), its commas, the text of the list items in it, and how many p, img, li and input
 * elements it holds. Asking an element's {@code text()} costs its whole subtree, and asking it
 * for each of 500 nested containers costs 500 times the page; here a whole page costs its size once.
 *
 * <p>The length is jsoup's {@code text().length()} exactly (jsoup 1.22): {@code text()} visits
 * the subtree appending normalised text, a space before a block (or br) when the text so far does
 * not end in one, and after a block followed by inline content, then trims. Each subtree is
 * therefore a function of what the text so far ends in (nothing, a space, anything else), kept
 * as what it adds in each case; functions compose child after child. {@code TextLengthsTest}
 * checks every figure against jsoup's own on generated and real pages.
 *
 * <p>Valid while the tree does not change: make a new one (or {@link #clear}) after changing it.
 * Not thread-safe; one per pass over one document.
 */
final class TextLengths {

    private static final int EMPTY = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    // a segment of text appended from one state: length, state after, leading and trailing
    // characters String.trim() removes (<= U+0020), whether all of it is such characters
    private static final int ADDED = 0;
    private static final int OUT = 1;
    private static final int LEAD = 2;
    private static final int TRAIL = 3;
    private static final int LOW = 4;
    private static final int WIDTH = 5;
    // after the three segments: link text, commas, list-item text, p, img, li, input, nodes
    private static final int LINKS = 3 * WIDTH;
    private static final int COMMAS = LINKS + 1;
    private static final int LIST_TEXT = LINKS + 2;
    private static final int P = LINKS + 3;
    private static final int IMG = LINKS + 4;
    private static final int LI = LINKS + 5;
    private static final int INPUT = LINKS + 6;
    private static final int NODES = LINKS + 7;
    private static final int SIZE = LINKS + 8;

    /** Subtrees of fewer nodes are recomputed when asked again rather than kept. */
    private static final int KEEP_FROM_NODES = 24;

    private final Map<Element, int[]> memo = new IdentityHashMap<>();

    /** Forgets every figure (the tree changed). */
    void clear() {
        memo.clear();
    }

    /** {@code e.text().length()}. */
    int textLength(Element e) {
        int[] f = figures(e);
        return trimmedLength(f, EMPTY);
    }

    /** What {@link HtmlBodyExtractor#linkDensity} computes, from the kept figures. */
    double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) {
            return 0;
        }
        // e itself a link: all of it is link text (the outermost links only count)
        int links = e.nameIs("a") ? (int) (total * (e.attr("href").startsWith("#") ? 0.3 : 1)) : figures(e)[LINKS];
        return Math.min(1.0, (double) links / total);
    }

    /** Commas in e's text ({@link #commas(String)} of {@code e.text()}). */
    int commas(Element e) {
        return figures(e)[COMMAS];
    }

    /** The sum of {@code li.text().length()} over {@code e.select("li")}. */
    int listText(Element e) {
        return figures(e)[LIST_TEXT];
    }

    /** How many p, img, li and input elements e holds, itself included. */
    int[] tagCounts(Element e) {
        int[] f = figures(e);
        return new int[] {f[P], f[IMG], f[LI], f[INPUT]};
    }

    private static int trimmedLength(int[] f, int state) {
        int o = state * WIDTH;
        return f[o + LOW] == 1 ? 0 : f[o + ADDED] - f[o + LEAD] - f[o + TRAIL];
    }

    private int[] figures(Element e) {
        int[] f = memo.get(e);
        if (f == null) {
            f = compute(e);
            if (f[NODES] >= KEEP_FROM_NODES) {
                memo.put(e, f);
            }
        }
        return f;
    }

    private int[] compute(Element e) {
        int[] f = new int[SIZE];
        boolean blockOrBr = e.isBlock() || e.nameIs("br");
        for (int s = 0; s < 3; s++) {
            int o = s * WIDTH;
            // head: a space before a block when the text so far ends in something else
            if (s == OTHER && blockOrBr) {
                space(f, o);
            } else {
                f[o + OUT] = s;
                f[o + LOW] = 1;
            }
        }
        int nodes = 1;
        int[] seg = new int[3 * WIDTH];
        boolean preserve = preservesWhitespace(e);
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                if (preserve || t instanceof CDataNode) {
                    raw(s, seg);
                } else {
                    normalised(s, seg);
                }
                then(f, seg);
                f[COMMAS] += commas(s);
                nodes++;
            } else if (child instanceof Element c) {
                int[] g = figures(c);
                then(f, g);
                f[COMMAS] += g[COMMAS];
                f[LIST_TEXT] += g[LIST_TEXT];
                f[P] += g[P];
                f[IMG] += g[IMG];
                f[LI] += g[LI];
                f[INPUT] += g[INPUT];
                nodes += g[NODES];
                if (c.nameIs("a")) {
                    double coefficient = c.attr("href").startsWith("#") ? 0.3 : 1;
                    f[LINKS] += (int) (trimmedLength(g, EMPTY) * coefficient);
                } else {
                    f[LINKS] += g[LINKS];
                }
            } else {
                nodes++;
            }
        }
        // tail: a space after a block followed by text or an inline element, unless there is one
        Node next = e.nextSibling();
        if (!e.tag().isInline() && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())) {
            int[] sp = new int[3 * WIDTH];
            for (int s = 0; s < 3; s++) {
                int o = s * WIDTH;
                if (s == SPACE) {
                    sp[o + OUT] = s;
                    sp[o + LOW] = 1;
                } else {
                    space(sp, o);
                }
            }
            then(f, sp);
        }
        switch (e.normalName()) {
            case "p" -> f[P]++;
            case "img" -> f[IMG]++;
            case "li" -> {
                f[LI]++;
                f[LIST_TEXT] += trimmedLength(f, EMPTY);
            }
            case "input" -> f[INPUT]++;
            default -> {
            }
        }
        f[NODES] = nodes;
        return f;
    }

    /** jsoup's rule: text keeps its whitespace under a pre-like element up to six levels up. */
    private static boolean preservesWhitespace(Element e) {
        Element el = e;
        for (int i = 0; i < 6 && el != null; i++) {
            if (el.tag().preserveWhitespace()) {
                return true;
            }
            el = el.parent();
        }
        return false;
    }

    private static void space(int[] f, int o) {
        f[o + ADDED] = 1;
        f[o + OUT] = SPACE;
        f[o + LEAD] = 1;
        f[o + TRAIL] = 1;
        f[o + LOW] = 1;
    }

    /** f := f then g, for each of the three starting states. */
    private static void then(int[] f, int[] g) {
        for (int s = 0; s < 3; s++) {
            int o = s * WIDTH;
            int b = f[o + OUT] * WIDTH;
            int added = f[o + ADDED];
            boolean aLow = f[o + LOW] == 1;
            boolean bLow = g[b + LOW] == 1;
            int lead = aLow ? added + g[b + LEAD] : f[o + LEAD];
            int trail = bLow ? g[b + ADDED] + f[o + TRAIL] : g[b + TRAIL];
            f[o + ADDED] = added + g[b + ADDED];
            f[o + OUT] = g[b + OUT];
            f[o + LEAD] = lead;
            f[o + TRAIL] = trail;
            f[o + LOW] = aLow && bLow ? 1 : 0;
        }
    }

    /** Text appended as it is (under pre, or CDATA). */
    private static void raw(String s, int[] seg) {
        int n = s.length();
        int lead = 0;
        while (lead < n && s.charAt(lead) <= ' ') {
            lead++;
        }
        int trail = 0;
        while (trail < n - lead && s.charAt(n - 1 - trail) <= ' ') {
            trail++;
        }
        for (int st = 0; st < 3; st++) {
            int o = st * WIDTH;
            seg[o + ADDED] = n;
            seg[o + OUT] = n == 0 ? st : s.charAt(n - 1) == ' ' ? SPACE : OTHER;
            seg[o + LEAD] = lead;
            seg[o + TRAIL] = trail;
            seg[o + LOW] = lead == n ? 1 : 0;
        }
    }

    /** Text appended the way StringUtil.appendNormalisedWhitespace appends it. */
    private static void normalised(String s, int[] seg) {
        for (int st = 0; st < 3; st++) {
            boolean stripLeading = st == SPACE;
            boolean lastWasWhite = false;
            boolean reachedNonWhite = false;
            int added = 0;
            int lead = 0;
            int trail = 0;
            boolean allLow = true;
            boolean lastIsSpace = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                boolean low;
                int width;
                if (StringUtil.isActuallyWhitespace(c)) {
                    if (stripLeading && !reachedNonWhite || lastWasWhite) {
                        continue;
                    }
                    lastWasWhite = true;
                    low = true;
                    width = 1;
                    lastIsSpace = true;
                } else if (!StringUtil.isInvisibleChar(c)) {
                    lastWasWhite = false;
                    reachedNonWhite = true;
                    low = c <= ' ';
                    width = Character.charCount(c);
                    lastIsSpace = false;
                } else {
                    continue;
                }
                added += width;
                if (low) {
                    trail += width;
                    if (allLow) {
                        lead += width;
                    }
                } else {
                    trail = 0;
                    allLow = false;
                }
            }
            int o = st * WIDTH;
            seg[o + ADDED] = added;
            seg[o + OUT] = added == 0 ? st : lastIsSpace ? SPACE : OTHER;
            seg[o + LEAD] = lead;
            seg[o + TRAIL] = trail;
            seg[o + LOW] = allLow ? 1 : 0;
        }
    }

    /** Commas in text, counting the full-width, ideographic and Arabic commas and the Arabic semicolon. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' || c == '\u061B') {
                n++;
            }
        }
        return n;
    }
}
