package dev.gazette.service;

import dev.gazette.enrich.Geography;
import dev.gazette.store.RestoreRules;
import java.util.Locale;

/**
 * The rules a restored value is checked with, the same for {@code restore} and the doctor:
 * bodies get the import's cleaning ({@link PagePolicy#body}), countries must be ones the
 * gazetteer knows by their own code. Stateless; safe across threads.
 */
final class ValueRules {

    private ValueRules() {
    }

    /** The restore rules for a library whose countries come from geography. */
    static RestoreRules forRestore(Geography geography) {
        return new RestoreRules(PagePolicy::body,
                code -> geography.countryCode(code).filter(code.strip().toUpperCase(Locale.ROOT)::equals).isPresent());
    }
}
