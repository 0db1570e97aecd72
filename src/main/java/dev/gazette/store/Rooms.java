package dev.gazette.store;

import java.nio.file.Path;

/**
 * The rooms of one open library, as {@link Library} builds them: what a room that works across
 * the others (the export and restore, the doctor, backups) is given instead of the
 * {@code Library} itself, so that the front door opens one way only: {@code Library} hands over
 * to its rooms, and no room calls back through it. Immutable; the rooms are as thread-safe as
 * the library.
 */
record Rooms(Path directory, Database database, BlobStore blobs, RegionGrouping grouping,
             ArticleRepository articleRepository, UserStateRepository stateRepository, TagRepository tagRepository,
             SearchRepository searchRepository, Highlights highlights, Stories stories) {
}
