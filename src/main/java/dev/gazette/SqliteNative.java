package dev.gazette;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points sqlite-jdbc at the copy of SQLite's native library the build puts beside the jar's
 * libraries ({@code target/lib/libsqlitejdbc.so} on Linux, pom.xml's launcher-scripts). Without
 * it sqlite-jdbc copies the library out of its jar into the temp folder and compares the two byte
 * by byte at every start, a third of the main thread's work in {@code gazette list}. Nothing
 * changes when a Java option already names a library ({@code -Dorg.sqlite.lib.path}, as the
 * installed app's launcher does), when there is no copy (other systems, a run from classes),
 * or when the copy does not load: sqlite-jdbc then goes on to its own way. Call before the first
 * connection; not for concurrent use (it sets system properties once, at start).
 */
final class SqliteNative {

    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /** Uses the library in {@code lib/} beside this jar when there is one (see the class comment). */
    static void useCopyBeside(Path jar) {
        if (jar == null || System.getProperty(PATH) != null) {
            return;
        }
        Path lib = jar.resolveSibling("lib");
        String name = System.mapLibraryName("sqlitejdbc");
        if (Files.isRegularFile(lib.resolve(name))) {
            System.setProperty(PATH, lib.toString());
            System.setProperty(NAME, name);
        }
    }
}
