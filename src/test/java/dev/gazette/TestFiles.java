package dev.gazette;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's samples and the shared seed and corpus. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path samples() {
        return Path.of("samples").toAbsolutePath();
    }

    /** The shared folder beside the checkout ({@code ../shared}), or the gazette.shared property. */
    public static Path shared() {
        return Path.of(System.getProperty("gazette.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path seed() {
        return shared().resolve("seed/000_0cce6a3ea6b21fc1.txt");
    }

    public static boolean hasSeed() {
        return Files.isRegularFile(seed());
    }
}
