package dev.gazette.model;

/** A tag with its colour (CSS hex such as "#3b82f6", or null) and how many articles carry it. */
public record TagInfo(String name, String colour, long count) {
}
