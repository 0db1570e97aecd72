package dev.gazette.enrich;

import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class RegionResolverPropertiesTest {

    private final RegionResolver resolver = RegionResolver.standard();
    private final Geography geography = Geography.standard();

    @Property(tries = 300)
    void anyTextGivesAConsistentAssessment(@ForAll @StringLength(max = 400) String title,
                                           @ForAll @StringLength(max = 2000) String body) {
        RegionAssessment r = resolver.resolve(new ExtractedArticle(title, null, null, null, null, null, null,
                null, null, null, body, null));
        if (r.primaryCountry() == null) {
            assertThat(r.countries()).isEmpty();
        } else {
            assertThat(r.codes().get(0)).isEqualTo(r.primaryCountry());
            assertThat(r.subRegion()).isEqualTo(geography.subRegion(r.primaryCountry()));
            for (CountryMention m : r.countries()) {
                assertThat(geography.subRegion(m.code())).isNotNull();
                assertThat(m.evidence()).isNotEmpty();
            }
        }
    }

    @Property(tries = 200)
    void placeNamesGluedIntoRandomTextNeverBreakIt(@ForAll @StringLength(max = 300) String noise) {
        String body = noise + " U.S. " + noise + " Côte d'Ivoire, " + noise + "Washington, D.C." + noise;
        RegionAssessment r = resolver.resolve(new ExtractedArticle(null, null, null, null, null, null, null,
                null, null, null, body, null));
        assertThat(r).isNotNull();
    }
}
