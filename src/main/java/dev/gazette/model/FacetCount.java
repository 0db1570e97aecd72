package dev.gazette.model;

/**
 * How many articles fall under one value of one dimension.
 *
 * @param key    the value used in a query (2019, "2019-04", "VE", "South America", "CBS News")
 * @param label  what to show a person ("April 2019", "Venezuela")
 * @param count  articles under the other active filters
 */
public record FacetCount(String key, String label, long count) {
}
