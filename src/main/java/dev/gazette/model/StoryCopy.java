package dev.gazette.model;

import java.time.Instant;

/**
 * One saved text of a story: a copy from some site, or a version saved again later.
 *
 * @param articleId  the article holding this text
 * @param title      its headline
 * @param site       the site it was saved from (may be null)
 * @param source     the outlet credited for it (may be null)
 * @param url        its address (may be null)
 * @param published  its published date as detected (ISO, may be null)
 * @param addedAt    when it entered the library
 * @param outlet     where it was saved from, as grouped: the address's host, else the site, else the source
 * @param lead       true for the story's shown member (the list row)
 * @param latest     true for the newest text of its outlet; false for an earlier version
 */
public record StoryCopy(long articleId, String title, String site, String source, String url, String published,
                        Instant addedAt, String outlet, boolean lead, boolean latest) {
}
