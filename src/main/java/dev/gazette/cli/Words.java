package dev.gazette.cli;

/** Counted nouns for the command line's messages: "1 article", "2 articles". Stateless. */
final class Words {

    private Words() {
    }

    /** The count and the noun, with an "s" unless the count is one ("1 article", "0 articles"). */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** As {@link #count(long, String)} with thousands grouped ("1,204 articles"). */
    static String countGrouped(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
