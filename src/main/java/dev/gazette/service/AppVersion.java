package dev.gazette.service;

/**
 * Gazette's version, as the command line's {@code --version} and the window's Help → About say
 * it. Kept equal to the project's version in pom.xml by {@code AppVersionTest}.
 */
public final class AppVersion {

    /** The version number, without the "-SNAPSHOT" of a development build. */
    public static final String VERSION = "0.1.0";

    private AppVersion() {
    }
}
