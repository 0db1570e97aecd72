package dev.gazette.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which folder holds the library: an explicit choice ({@code --library DIR}), else the
 * {@code gazette.library} system property, else the {@code GAZETTE_LIBRARY} environment variable,
 * else the platform's user data folder. Pure function of its inputs; thread-safe.
 */
public final class LibraryLocation {

    private LibraryLocation() {
    }

    public static Path resolve(String explicit) {
        return resolve(explicit, System.getProperty("gazette.library"), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(String explicit, String property, Map<String, String> env, String osName, String home) {
        if (notBlank(explicit)) {
            return Path.of(explicit).toAbsolutePath();
        }
        if (notBlank(property)) {
            return Path.of(property).toAbsolutePath();
        }
        if (notBlank(env.get("GAZETTE_LIBRARY"))) {
            return Path.of(env.get("GAZETTE_LIBRARY")).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return notBlank(appData) ? Path.of(appData, "Gazette") : Path.of(home, "AppData", "Roaming", "Gazette");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Gazette");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return notBlank(xdg) ? Path.of(xdg, "gazette") : Path.of(home, ".local", "share", "gazette");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
