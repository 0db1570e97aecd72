package dev.gazette.enrich;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;

/** Works out which countries a story is about. Safe to share across threads. */
public final class RegionResolver {

    public static RegionResolver standard() {
        return new RegionResolver();
    }

    public RegionAssessment resolve(ExtractedArticle article) {
        return RegionAssessment.NONE;
    }
}
