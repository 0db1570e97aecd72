package dev.gazette.enrich;

/** What kind of word a gazetteer term is: decides how much a mention of it counts. */
enum TermKind {
    /** A country's English name or alias ("Venezuela", "U.S.", "Burma"). */
    NAME,
    /** A country's name in another language ("Deutschland", "Estados Unidos"). */
    FOREIGN,
    /** People and adjectives ("Venezuelan", "Russian", "Kremlin-backed"). */
    DEMONYM,
    /** An institution or place standing for a government ("Kremlin", "White House"). */
    METONYM,
    /** A capital city. */
    CAPITAL,
    /** Another large or newsworthy city. */
    CITY,
    /** A first-level division or well-known region ("Texas", "Punjab", "Crimea"). */
    DIVISION,
    /** A phrase that contains a country word but counts for no country ("South American"). */
    BLOCK;

    static TermKind parse(String s) {
        return switch (s) {
            case "name" -> NAME;
            case "foreign" -> FOREIGN;
            case "demonym" -> DEMONYM;
            case "metonym" -> METONYM;
            case "capital" -> CAPITAL;
            case "city" -> CITY;
            case "division" -> DIVISION;
            case "block" -> BLOCK;
            default -> throw new IllegalArgumentException("unknown term kind: " + s);
        };
    }

    /** True for the kinds that name a place inside a country rather than the country. */
    boolean local() {
        return this == CAPITAL || this == CITY || this == DIVISION;
    }
}
