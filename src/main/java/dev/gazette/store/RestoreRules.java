package dev.gazette.store;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What a restore checks with rules that live above the store: the cleaning every imported body
 * goes through (so a restored body is as safe as an imported one), and which country codes are
 * real (the rule of {@code correct}). The service builds it; the store only applies it.
 *
 * @param cleanHtml    the import's cleaning of reading HTML (drops scripts, forms, frames, remote loads …)
 * @param knownCountry whether an alpha-2 code names a country the program knows
 */
public record RestoreRules(UnaryOperator<String> cleanHtml, Predicate<String> knownCountry) {

    /** Keeps bodies as given and accepts any two-letter code: for tests of the store alone. */
    public static final RestoreRules UNCHECKED = new RestoreRules(UnaryOperator.identity(), c -> true);
}
