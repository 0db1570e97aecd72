package dev.gazette.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one tag grammar of the window, the command line and restore: commas separate tags,
 * spaces around a tag do not count, empty parts are dropped ("water, drought,," is water and
 * drought). Pure functions; safe across threads.
 */
public final class TagNames {

    private TagNames() {
    }

    /** The tags in one text as typed, in order, each once. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String t = part.strip();
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The tags in several texts, in order, each once. */
    public static List<String> split(Collection<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (String t : split(text)) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
