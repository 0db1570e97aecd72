/**
 * Immutable records and enums shared by every layer. No JavaFX, no {@code java.sql}, no Jsoup.
 * Content (what a saved file said) is kept apart from user state (tags, read, notes, corrections).
 */
package dev.gazette.model;
