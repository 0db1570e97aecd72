package dev.gazette.ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sidebar: Library, Dates, Regions, Sources and Tags with their counts, as a tree. It lays
 * out the records {@link MainViewModel#sidebarProperty} publishes (built off the JavaFX thread
 * by {@link SidebarTree}), keeps what the person opened and chose across rebuilds, and hands a
 * chosen row's filter to the view-model. Use on the JavaFX thread.
 */
final class SidebarView {

    private final MainViewModel model;
    private final TreeView<SidebarItem> tree = new TreeView<>();
    private boolean rebuildingSidebar;
    /** A rebuild is waiting to run (see {@link #rebuildSidebarSoon}). */
    private boolean sidebarQueued;
    /** The rows shown, as records: what the next rebuild keeps in place while a filter is on. */
    private List<SidebarTree.Node> shown = List.of();

    SidebarView(MainViewModel model) {
        this.model = model;
        build();
        model.sidebarProperty().addListener((obs, old, s) -> rebuildSidebarSoon());
        // Reading an article changes only the Unread count: that row is updated in place, the
        // tree (thousands of days on a big library) is not rebuilt for it.
        model.unreadCountProperty().addListener((obs, o, n) -> updateLibraryCounts());
        model.starredCountProperty().addListener((obs, o, n) -> updateLibraryCounts());
        model.libraryTotalProperty().addListener((obs, o, n) -> updateLibraryCounts());
    }

    TreeView<SidebarItem> root() {
        return tree;
    }

    private void build() {
        tree.setId("sidebar");
        tree.setShowRoot(false);
        tree.setMinWidth(180);
        tree.setCellFactory(tv -> new SidebarCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuildingSidebar && item != null && !item.getValue().isHeading()) {
                model.addFilter(item.getValue().key());
            }
        });
        rebuildSidebar(model.sidebarProperty().get());
    }

    /** A sidebar row: label left, count right, a colour dot for tags, headings in caps. */
    private static final class SidebarCell extends TreeCell<SidebarItem> {
        /** A row kept in its place while no article under the other filters has it. */
        private static final javafx.css.PseudoClass NO_ARTICLES = javafx.css.PseudoClass.getPseudoClass("no-articles");
        private final Label label = new Label();
        private final Label count = new Label();
        private final Circle dot = new Circle(5);
        private final Region gap = new Region();
        private final HBox box = new HBox(6, dot, label, gap, count);

        SidebarCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            count.getStyleClass().add("sidebar-count");
            // a long name ends in "…" and its count stays in view: the cell is as wide as the
            // sidebar (not as its text), the name gives way, the count never does
            setPrefWidth(0);
            label.setMinWidth(20);
            label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(gap, Priority.ALWAYS);
            gap.setMinWidth(0);
            // the whole name and count on hover, for a name the sidebar cuts ("Australia and N…");
            // made when the pointer comes, as a tooltip per row would cost the tree's rebuilds
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                SidebarItem item = getItem();
                String text = item == null || item.isHeading() ? null
                        : item.label() + (item.count() < 0 ? "" : String.format(" — %,d", item.count()));
                if (text == null) {
                    setTooltip(null);
                } else if (getTooltip() == null || !text.equals(getTooltip().getText())) {
                    setTooltip(new javafx.scene.control.Tooltip(text));
                }
            });
        }

        @Override
        protected void updateItem(SidebarItem item, boolean empty) {
            super.updateItem(item, empty);
            // a style class is changed only when it must: each change re-matches the cell against
            // every rule of the stylesheet (it used to be removed and added back at every update)
            boolean hint = !empty && item != null && item.key().startsWith("hint:");
            styleClass(this, "sidebar-hint", hint);
            styleClass(this, "sidebar-heading", !hint && !empty && item != null && item.isHeading());
            pseudoClassStateChanged(NO_ARTICLES, !empty && item != null && item.count() == 0);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            label.setText(item.isHeading() ? item.label().toUpperCase(Locale.ROOT) : item.label());
            count.setText(item.count() < 0 ? "" : String.format("%,d", item.count()));
            dot.setVisible(item.colour() != null);
            dot.setManaged(item.colour() != null);
            if (item.colour() != null) {
                try {
                    dot.setFill(Color.web(item.colour()));
                } catch (IllegalArgumentException e) {
                    dot.setFill(Color.GRAY);
                }
            }
            if (item.key().startsWith("hint:")) {
                label.setText(item.label());
            }
            setGraphic(box);
        }
    }

    /** Adds or removes a style class only when it is not already so. */
    private static void styleClass(Node node, String name, boolean on) {
        if (on != node.getStyleClass().contains(name)) {
            if (on) {
                node.getStyleClass().add(name);
            } else {
                node.getStyleClass().remove(name);
            }
        }
    }
    /**
     * Rebuilds the sidebar once the current batch of results is published: one refresh sets the
     * counts, the tags and the facets one after another, and each used to rebuild the whole tree.
     */
    private void rebuildSidebarSoon() {
        if (!sidebarQueued) {
            sidebarQueued = true;
            Platform.runLater(() -> {
                sidebarQueued = false;
                rebuildSidebar(model.sidebarProperty().get());
            });
        }
    }

    /** Puts the new Unread and Starred counts in their rows without rebuilding the tree. */
    private void updateLibraryCounts() {
        TreeItem<SidebarItem> root = tree.getRoot();
        if (sidebarQueued || model.facetsProperty().get() == null || root == null || root.getChildren().isEmpty()) {
            return; // a rebuild is coming, or no counts are shown yet
        }
        for (TreeItem<SidebarItem> item : root.getChildren().get(0).getChildren()) {
            SidebarItem v = item.getValue();
            long count = switch (v.key()) {
                case "all" -> model.libraryTotalProperty().get();
                case "unread" -> model.unreadCountProperty().get();
                case "starred" -> model.starredCountProperty().get();
                default -> v.count();
            };
            if (count != v.count()) {
                item.setValue(new SidebarItem(v.label(), count, v.filter(), v.key(), v.colour()));
            }
        }
    }

    /**
     * Turns the view-model's records into tree rows, keeping what the person opened and chose.
     * While a filter is on, no row comes, goes or moves ({@link SidebarTree#keepRows}: a row with
     * no articles left shows 0), and the chosen row is put back at its place on the screen: the
     * row just clicked stays under the pointer. With no filter the tree is the library's as it is.
     */
    private void rebuildSidebar(List<SidebarTree.Node> sections) {
        rebuildingSidebar = true;
        try {
            BrowseFilters filters = model.browseFiltersProperty().get();
            String keep = filters.lastKey();
            double offset = rowOffset(keep);
            shown = filters.isEmpty() ? sections : SidebarTree.keepRows(shown, sections);
            TreeItem<SidebarItem> rootItem = new TreeItem<>(SidebarItem.heading("Gazette"));
            for (SidebarTree.Node section : shown) {
                rootItem.getChildren().add(treeItem(section));
            }
            Set<String> expanded = new HashSet<>();
            collectExpanded(tree.getRoot(), expanded);
            restoreExpanded(rootItem, expanded);
            tree.setRoot(rootItem);
            reselect(rootItem, keep);
            if (!Double.isNaN(offset)) {
                putRowAt(keep, offset);
            }
        } finally {
            rebuildingSidebar = false;
        }
        updateLibraryCounts(); // with the deletes still open for undo left out
    }

    /** The shown row's top edge in the scene, or NaN when it is not on screen. */
    private double rowOffset(String key) {
        IndexedCell<?> cell = shownCell(key);
        return cell == null ? Double.NaN : cell.localToScene(0, 0).getY();
    }

    /** Scrolls so that the row with this key has its top edge at sceneY, as far as the tree allows. */
    private void putRowAt(String key, double sceneY) {
        VirtualFlow<?> flow = flow();
        int index = indexOf(key);
        if (flow == null || index < 0) {
            return;
        }
        tree.layout(); // the flow learns the new rows
        flow.scrollToTop(index);
        for (int i = 0; i < 3; i++) { // measured, not estimated: rows may differ in height
            tree.layout();
            IndexedCell<?> cell = shownCell(key);
            double off = cell == null ? 0 : cell.localToScene(0, 0).getY() - sceneY;
            if (Math.abs(off) < 0.5) {
                return;
            }
            flow.scrollPixels(off);
        }
    }

    /** The cell showing the row with this key, when it is on screen. */
    private IndexedCell<?> shownCell(String key) {
        VirtualFlow<?> flow = flow();
        int index = indexOf(key);
        if (flow == null || index < 0) {
            return null;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        return cell == null || !cell.isVisible() ? null : cell;
    }

    private VirtualFlow<?> flow() {
        return tree.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    /** The row's index among the shown (expanded) rows, or -1. */
    private int indexOf(String key) {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<SidebarItem> item = tree.getTreeItem(i);
            if (item != null && item.getValue() != null && item.getValue().key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static TreeItem<SidebarItem> treeItem(SidebarTree.Node node) {
        TreeItem<SidebarItem> item = new TreeItem<>(node.item());
        item.setExpanded(node.expanded());
        for (SidebarTree.Node child : node.children()) {
            item.getChildren().add(treeItem(child));
        }
        return item;
    }

    private static void collectExpanded(TreeItem<SidebarItem> node, Set<String> out) {
        if (node == null) {
            return;
        }
        for (TreeItem<SidebarItem> c : node.getChildren()) {
            if (c.isExpanded()) {
                out.add(c.getValue().key());
            }
            collectExpanded(c, out);
        }
    }

    private static void restoreExpanded(TreeItem<SidebarItem> node, Set<String> keys) {
        for (TreeItem<SidebarItem> c : node.getChildren()) {
            if (keys.contains(c.getValue().key())) {
                c.setExpanded(true);
            }
            restoreExpanded(c, keys);
        }
    }

    private boolean reselect(TreeItem<SidebarItem> node, String key) {
        for (TreeItem<SidebarItem> child : node.getChildren()) {
            if (!child.getValue().isHeading() && child.getValue().key().equals(key)) {
                TreeItem<SidebarItem> p = child.getParent();
                while (p != null) {
                    p.setExpanded(true);
                    p = p.getParent();
                }
                tree.getSelectionModel().select(child);
                return true;
            }
            if (reselect(child, key)) {
                return true;
            }
        }
        return false;
    }
}
