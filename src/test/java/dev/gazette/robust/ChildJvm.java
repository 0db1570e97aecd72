package dev.gazette.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a second Java process on the test runtime classpath: a separate Gazette that can be
 * killed (SIGKILL through {@link Process#destroyForcibly()}) or made to compete for a library.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** A process builder for {@code java -cp <this classpath> mainClass args…}. */
    public static ProcessBuilder builder(Path home, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-Duser.home=" + home.toAbsolutePath());
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("GAZETTE_LIBRARY");
        pb.environment().put("XDG_DATA_HOME", home.resolve("xdg").toAbsolutePath().toString());
        return pb;
    }

    /**
     * This JVM's class path: java.class.path under surefire; under {@code exec:java} (which runs
     * mains inside Maven) the URLs of the project's class loader.
     */
    static String classPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> parts = new ArrayList<>();
        while (loader != null) {
            if (loader instanceof java.net.URLClassLoader urls && loader != ClassLoader.getSystemClassLoader()) {
                for (java.net.URL url : urls.getURLs()) {
                    try {
                        parts.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        // not a file: not a class path entry
                    }
                }
            }
            loader = loader.getParent();
        }
        boolean hasGazette = parts.stream().anyMatch(p -> p.endsWith("test-classes"));
        return hasGazette ? String.join(java.io.File.pathSeparator, parts) : System.getProperty("java.class.path");
    }

    /** Starts Gazette's command line ({@code dev.gazette.Launcher}) with output sent to files in home. */
    public static Process launcher(Path home, String... args) throws IOException {
        ProcessBuilder pb = builder(home, "dev.gazette.Launcher", args);
        pb.redirectOutput(home.resolve("child-out.txt").toFile());
        pb.redirectError(home.resolve("child-err.txt").toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }
}
