package dev.gazette.search;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.SearchParse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchSyntaxTest {

    private static ArticleQuery q(String input) {
        SearchParse p = SearchSyntax.parse(input);
        assertThat(p.warning()).as("warning for " + input).isNull();
        return p.query();
    }

    @Test
    void wordsAndPhrasesBecomeTheFullTextPart() {
        assertThat(q("storm  \"oil price\" caracas").words()).isEqualTo("storm \"oil price\" caracas");
        assertThat(q("").words()).isNull();
        assertThat(q("   ").words()).isNull();
    }

    @Test
    void hasHighlightAndHasNoteAreTypedFieldsNotWords() {
        ArticleQuery q = q("Caracas has:note -HAS:Highlights");
        assertThat(q.words()).isEqualTo("Caracas");
        assertThat(q.noted()).isTrue();
        assertThat(q.highlighted()).isFalse();
        assertThat(q("has:highlight").words()).isNull();
        assertThat(q("has:highlight").highlighted()).isTrue();
        assertThat(q("oil").noted()).isNull();
        assertThat(q("oil").highlighted()).isNull();
        // anything else after has: is an ordinary word, and so is a quoted phrase
        assertThat(q("has:cats").words()).isEqualTo("has:cats");
        assertThat(q("has:cats").noted()).isNull();
        assertThat(q("\"has:note\"").words()).isEqualTo("\"has:note\"");
        assertThat(q("\"has:note\"").noted()).isNull();
    }

    @Test
    void tagsIncludedAndExcluded() {
        ArticleQuery q = q("tag:energy -tag:opinion tag:\"two words\" TAG:x");
        assertThat(q.tagsAll()).containsExactly("energy", "two words", "x");
        assertThat(q.tagsNone()).containsExactly("opinion");
        assertThat(q.words()).isNull();
    }

    @Test
    void regionsSourcesSitesKeepTheRawValue() {
        ArticleQuery q = q("region:venezuela region:VE region:\"south america\" source:reuters site:\"cuenca high life\"");
        assertThat(q.regions()).containsExactly("venezuela", "VE", "south america");
        assertThat(q.sources()).containsExactly("reuters");
        assertThat(q.sites()).containsExactly("cuenca high life");
    }

    @Test
    void dates() {
        ArticleQuery q = q("after:2019-01-01 before:2020-01-01");
        assertThat(q.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(q("after:2019-04").from()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(q("year:2019").year()).isEqualTo(2019);
        ArticleQuery month = q("year:2019-04");
        assertThat(month.year()).isEqualTo(2019);
        assertThat(month.month()).isEqualTo(4);
        assertThat(month.day()).isNull();
        assertThat(q("year:2019-04-06").day()).isEqualTo(6);
    }

    @Test
    void stateOperators() {
        assertThat(q("is:unread").read()).isFalse();
        assertThat(q("is:read").read()).isTrue();
        assertThat(q("IS:Starred").starred()).isTrue();
    }

    @Test
    void unknownKeysAreWords() {
        ArticleQuery q = q("https://example.com foo:bar");
        assertThat(q.words()).isEqualTo("https://example.com foo:bar");
    }

    @Test
    void malformedPartsFallBackToWordsWithAWarning() {
        SearchParse p = SearchSyntax.parse("storm \"oil price");
        assertThat(p.warning()).contains("Unclosed quote");
        assertThat(p.query().words()).isEqualTo("storm oil price");

        p = SearchSyntax.parse("after:yesterday flood");
        assertThat(p.warning()).contains("Not a date");
        assertThat(p.query().from()).isNull();
        assertThat(p.query().words()).isEqualTo("after:yesterday flood");

        p = SearchSyntax.parse("year:2019-13");
        assertThat(p.warning()).contains("Not a year");
        assertThat(p.query().year()).isNull();

        p = SearchSyntax.parse("tag: is:sleepy -region:VE tag:\"open");
        assertThat(p.warning()).isNotNull();
        assertThat(p.query().tagsAll()).isEmpty();
        assertThat(p.query().regions()).isEmpty();
        assertThat(p.query().words()).contains("is:sleepy", "-region:VE");
    }

    @Test
    void combinesEverything() {
        ArticleQuery q = q("oil tag:energy region:VE after:2019-01-01 is:unread");
        assertThat(q.words()).isEqualTo("oil");
        assertThat(q.tagsAll()).isEqualTo(List.of("energy"));
        assertThat(q.regions()).isEqualTo(List.of("VE"));
        assertThat(q.read()).isFalse();
    }
}
