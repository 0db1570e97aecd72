package dev.gazette;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command started as plain {@code java -jar gazette.jar COMMAND …} is run by a second Java
 * started the way the launcher script ({@code target/gazette}, src/main/launcher) starts it:
 * with the class-data archive the build wrote beside the jar and the quick compiler only. Plain
 * {@code java -jar} cannot choose those options for itself, and without them a one-page
 * {@code extract} spends most of its CPU compiling code with the optimising compiler that a short
 * run never gets to use (docs/benchmarks.md measures both, the two processes together).
 * <p>
 * Only then: a Java started with any option of its own ({@code java -Xmx2g -jar …}, the launcher
 * script, the build's training run, the installed app, tests and {@code mvn}, which run classes
 * rather than the jar) runs as it was started, and so does the window. When the second Java
 * cannot be started, the command runs in the first. The first Java waits, passes the standard
 * streams through untouched (they are inherited), ends the second if it is itself ended, and
 * exits with its status. Stateless; {@link #command} is a pure function of what it is given.
 */
final class Relaunch {

    /**
     * The launcher script's options, in step with src/main/launcher/gazette and gazette.cmd: the
     * quick compiler only (C1: a short run ends before the optimising compiler pays back its CPU)
     * and a stack deep enough for deeply nested pages.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xss2m");
    /** The class-data archive the build writes beside the jar (pom.xml, jar-cds-archive). */
    static final String ARCHIVE = "gazette.jsa";
    /** With the archive: use it, and say nothing when it does not fit the jar (it is then passed over). */
    static final List<String> ARCHIVE_OPTIONS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private Relaunch() {
    }

    /**
     * Runs the command in a second Java when this one was started as plain {@code java -jar}
     * and returns its exit status; empty when the command is to run here.
     */
    static Optional<Integer> run(String[] args, Path jar) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<List<String>> command = command(info.arguments().orElseGet(Relaunch::procArguments),
                info.command().orElse(null), jar, args);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Thread stop = new Thread(child::destroy, "gazette-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return Optional.of(status);
            } catch (InterruptedException e) {
                // nothing interrupts this thread on purpose: keep waiting for the command
            }
        }
    }

    /**
     * The second Java's command line, or empty when the command runs here.
     *
     * @param jvmArguments what this Java was started with after its executable, perhaps cut
     *                     short (null when the system does not say, as on Windows)
     * @param java         this Java's executable, or null when unknown
     * @param jar          the jar this class was loaded from, or null when it was not a jar
     * @param args         the arguments {@code main} received
     */
    static Optional<List<String>> command(String[] jvmArguments, String java, Path jar, String[] args) {
        // Java's options come before -jar: "-jar" first means none. (Only the start is looked at:
        // the files' names that follow may be decoded otherwise than main received them.)
        if (jvmArguments == null || java == null || jar == null || args.length == 0
                || jvmArguments.length < 2 || !jvmArguments[0].equals("-jar")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(OPTIONS);
        Path archive = jar.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.addAll(ARCHIVE_OPTIONS);
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * This Java's arguments after its executable as Linux keeps them, for when Java does not say
     * (it says nothing once they pass a page of text: {@code extract} over a hundred files).
     * Null where there is no {@code /proc}.
     */
    private static String[] procArguments() {
        try {
            Path cmdline = Path.of("/proc/self/cmdline");
            if (!Files.isReadable(cmdline)) {
                return null;
            }
            String[] all = new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8).split("\0");
            return all.length < 1 ? null : java.util.Arrays.copyOfRange(all, 1, all.length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The jar this class was loaded from (absolute), or null when it came from a folder of classes. */
    static Path jar() {
        try {
            CodeSource source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return p.getFileName() != null && p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
