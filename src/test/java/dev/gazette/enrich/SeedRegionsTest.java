package dev.gazette.enrich;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article of ../shared/seed (skipped where the shared folder is absent). */
class SeedRegionsTest {

    private static final Path SEED = Path.of(System.getProperty("gazette.shared", "../shared"),
            "seed", "000_0cce6a3ea6b21fc1.txt");

    @Test
    void seedIsAboutVenezuelaWithRussiaUnitedStatesAndSyria() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "shared seed not found at " + SEED.toAbsolutePath());
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        int firstBreak = text.indexOf('\n');
        String title = text.substring(0, firstBreak).trim();
        String rest = text.substring(firstBreak + 1);
        int credit = rest.indexOf("Credit:");
        String body = (credit >= 0 ? rest.substring(0, credit) : rest).trim();
        ExtractedArticle article = new ExtractedArticle(title, null, null, null, null, null, "en",
                null, null, null, body, null);

        RegionAssessment regions = RegionResolver.standard().resolve(article);

        assertThat(regions.primaryCountry()).isEqualTo("VE");
        assertThat(regions.subRegion()).isEqualTo("South America");
        assertThat(regions.continent()).isEqualTo("Americas");
        assertThat(regions.codes()).containsExactlyInAnyOrder("VE", "RU", "US", "SY");
        assertThat(regions.countries().get(0).evidence()).contains("Venezuela", "Caracas", "Venezuelan");
        assertThat(regions.countries().stream().filter(c -> c.code().equals("RU")).findFirst().orElseThrow()
                .evidence()).contains("Kremlin", "Moscow", "Russian");
    }
}
