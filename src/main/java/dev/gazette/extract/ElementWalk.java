package dev.gazette.extract;

import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the elements of a subtree in document order, the root first (the order of jsoup's
 * {@code select} and {@code getAllElements}), without building a list of them, and stops at the
 * first answer. The metadata questions asked of every element of a page (a printed byline, a
 * printed date) cost one step per element this way: on a page of 800,000 navigation elements
 * each question built a list of them all, or ran a selector of several alternatives on each.
 * Reads the tree, never changes it; the question must not change it either. Stateless.
 */
final class ElementWalk {

    private ElementWalk() {
    }

    /**
     * The first non-null answer of {@code ask} over {@code root}'s elements in document order,
     * passing over the whole subtree of {@code skip} (null skips nothing); null when none answers.
     */
    static <T> T first(Element root, Element skip, Function<Element, T> ask) {
        Object[] answer = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == skip) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e) {
                    T t = ask.apply(e);
                    if (t != null) {
                        answer[0] = t;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        @SuppressWarnings("unchecked")
        T found = (T) answer[0];
        return found;
    }

    /**
     * How many element children {@code e} has, counted up to {@code limit} (a larger count gives
     * {@code limit}): jsoup's {@code childrenSize()} builds and keeps a list of them on every element asked.
     */
    static int childElements(Element e, int limit) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size && n < limit; i++) {
            if (e.childNode(i) instanceof Element) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many characters of {@code e}'s own text nodes are visible (not whitespace, a control
     * character, no-break space, zero-width space or soft hyphen), counted up to
     * {@code stopAbove + 1}. Never more than {@code e.ownText().length()}, which keeps each of them
     * (it trims only characters up to a space and drops only whitespace and those two invisible
     * ones): "own text longer than n" can be told from this count without building the text.
     */
    static int ownVisibleChars(Element e, int stopAbove) {
        int count = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int j = 0; j < s.length(); j++) {
                    char ch = s.charAt(j);
                    boolean visible = ch > ' ' && !Character.isWhitespace(ch) && ch != '\u00a0' && ch != '\u200b'
                            && ch != '\u00ad';
                    if (visible && ++count > stopAbove) {
                        return count;
                    }
                }
            }
        }
        return count;
    }
}
