package dev.gazette.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elements to take out of a document, taken out together. jsoup renumbers a parent's children
 * on the first look after every removal, so removing k of a parent's n children one by one
 * while reading the tree costs k × n: with 40,000 flattened divs, minutes. Here every parent
 * losing many children is rebuilt once. {@link #isAbove} tells a caller whose next decision
 * reads a subtree whether removals are waiting inside it (it then flushes first). Not
 * thread-safe; one instance per pass.
 */
final class Removals {

    private final Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
    private final Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Marks e for removal (nothing happens to the tree until {@link #flush}). */
    void add(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return;
        }
        byParent.computeIfAbsent(parent, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
        for (Element x = parent; x != null && above.add(x); x = x.parent()) {
            // every ancestor of a waiting removal, once
        }
    }

    /** True when e is the parent or an ancestor of an element waiting to be removed. */
    boolean isAbove(Element e) {
        return above.contains(e);
    }

    boolean isEmpty() {
        return byParent.isEmpty();
    }

    /** Removes every element marked so far. */
    void flush() {
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            Set<Node> gone = entry.getValue();
            if (gone.size() < ExtractionRules.REBUILD_FROM) {
                for (Node n : gone) {
                    if (n.parentNode() == parent) {
                        n.remove();
                    }
                }
                continue;
            }
            List<Node> keep = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    keep.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(keep);
        }
        byParent.clear();
        above.clear();
    }
}
