package dev.gazette.ui;

/** What the centre of the main window shows: the article list with the reader, the timeline or the map. */
public enum WindowPage { ARTICLES, TIMELINE, MAP }
