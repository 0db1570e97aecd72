package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;

/**
 * One row of the sidebar tree: a label, a count, the filter it applies (null for a section
 * heading that filters nothing), a stable key to remember it by ("region:VE", "date:2019-04")
 * and, for tags, a colour. Immutable.
 */
public record SidebarItem(String label, long count, ArticleQuery filter, String key, String colour) {

    public static SidebarItem heading(String label) {
        return new SidebarItem(label, -1, null, "section:" + label, null);
    }

    public static SidebarItem of(String label, long count, ArticleQuery filter, String key) {
        return new SidebarItem(label, count, filter, key, null);
    }

    public boolean isHeading() {
        return filter == null;
    }

    @Override
    public String toString() {
        return count < 0 ? label : label + "  " + count;
    }
}
