package dev.gazette.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Moves and drops children of one parent in a single rebuild of its child list. jsoup takes a
 * child out of its parent by shifting the rest of the list (and renumbering it on the next
 * look), so moving the 400,000 children of a site map's list one by one costs 400,000² steps;
 * here each call costs the parent's child count once. Stateless helpers; not for shared trees.
 */
final class NodeMoves {

    private NodeMoves() {
    }

    /** Moves every child of from, in order, to the end of to. */
    static void moveAll(Element from, Element to) {
        List<Node> all = new ArrayList<>(from.childNodes());
        from.empty();
        to.appendChildren(all);
    }

    /**
     * Moves the given children of from (in the order given, each a child of from) to the end of
     * to; the other children stay in from, in their order.
     */
    static void moveSome(Element from, List<? extends Node> moving, Element to) {
        if (moving.isEmpty()) {
            return;
        }
        Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(moving);
        List<Node> stay = new ArrayList<>(Math.max(0, from.childNodeSize() - moving.size()));
        for (Node child : from.childNodes()) {
            if (!gone.contains(child)) {
                stay.add(child);
            }
        }
        from.empty();
        from.appendChildren(stay);
        to.appendChildren(moving);
    }

    /** Takes out the children of parent that drop accepts, keeping the others in order. */
    static void dropChildren(Element parent, Predicate<Node> drop) {
        List<Node> keep = null;
        List<Node> children = parent.childNodes();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (drop.test(child)) {
                if (keep == null) {
                    keep = new ArrayList<>(children.subList(0, i));
                }
            } else if (keep != null) {
                keep.add(child);
            }
        }
        if (keep != null) {
            parent.empty();
            parent.appendChildren(keep);
        }
    }
}
