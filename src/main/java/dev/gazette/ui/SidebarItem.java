package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;

/**
 * One row of the sidebar tree: a label, a count, and the filter it applies (null for a section
 * heading that filters nothing).
 */
public record SidebarItem(String label, long count, ArticleQuery filter, String section) {
    public static SidebarItem heading(String label) {
        return new SidebarItem(label, -1, null, label);
    }

    @Override
    public String toString() {
        return count < 0 ? label : label + "  " + count;
    }
}
