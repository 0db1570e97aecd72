package dev.gazette.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * One window per library. The running window listens on a loopback socket and writes its port
 * and a random token to {@code instance.properties} in the library folder; a second launch with
 * files hands them over through that socket and exits, so no second process writes to the same
 * library. Only a process that can read the library folder knows the token.
 * <p>
 * Protocol, one connection per hand-over, UTF-8 lines: the token, then one absolute path per
 * line, then an empty line; the listener answers {@code OK} once the files opened, or
 * {@code FAILED} when one of them could not be opened (the window says which and why), so the
 * launching process can exit with a status that tells.
 * Thread-safe: the listener runs on its own daemon thread and calls the handler there.
 */
public final class SingleInstance implements AutoCloseable {

    static final String FILE = "instance.properties";
    private static final int CONNECT_TIMEOUT_MS = 1500;
    private static final int MAX_PATHS = 10_000;
    /** How long a hand-over waits for the window to open its files before taking "still opening" as done. */
    private static final int OPEN_WAIT_S = 60;

    /** What the running window does with handed-over files: completes with whether they all opened. */
    @FunctionalInterface
    public interface Opener {
        java.util.concurrent.CompletionStage<Boolean> open(List<Path> files);
    }

    /** How a hand-over went. */
    public enum HandOver {
        /** No window is open on the library: start one. */
        NO_WINDOW,
        /** The window took the files and opened them. */
        OPENED,
        /** The window took the files; at least one could not be opened (it says why). */
        NOT_OPENED
    }

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Thread thread;

    private SingleInstance(ServerSocket server, Path file, String token, Opener handler) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.thread = new Thread(() -> serve(handler), "gazette-single-instance");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Starts listening for hand-overs to this library. The handler receives the files (possibly
     * none: then the window should just come to the front).
     */
    public static Optional<SingleInstance> listen(Path libraryDir, Consumer<List<Path>> handler) {
        return listenFor(libraryDir, files -> {
            handler.accept(files);
            return java.util.concurrent.CompletableFuture.completedFuture(true);
        });
    }

    /** Starts listening; the opener tells whether the handed-over files opened (see {@link HandOver}). */
    public static Optional<SingleInstance> listenFor(Path libraryDir, Opener handler) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            Properties p = new Properties();
            p.setProperty("port", String.valueOf(server.getLocalPort()));
            p.setProperty("token", token);
            p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
            Path file = libraryDir.resolve(FILE);
            Path tmp = libraryDir.resolve(FILE + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "The running Gazette window for this library");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new SingleInstance(server, file, token, handler));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Hands files to the window already open on this library.
     *
     * @return true when a running window took them; false when there is none (start one)
     */
    public static boolean handOver(Path libraryDir, List<Path> files) {
        return handOff(libraryDir, files) != HandOver.NO_WINDOW;
    }

    /** Hands files to the window already open on this library and waits to hear whether they opened. */
    public static HandOver handOff(Path libraryDir, List<Path> files) {
        Path file = libraryDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return HandOver.NO_WINDOW;
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            int port = Integer.parseInt(p.getProperty("port", "-1"));
            String token = p.getProperty("token", "");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
                socket.setSoTimeout(CONNECT_TIMEOUT_MS * 2 + OPEN_WAIT_S * 1000);
                Writer w = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                w.write(token + "\n");
                for (Path f : files) {
                    w.write(f.toAbsolutePath().toString().replace("\n", " ") + "\n");
                }
                w.write("\n");
                w.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String answer = in.readLine();
                return "OK".equals(answer) ? HandOver.OPENED : "FAILED".equals(answer) ? HandOver.NOT_OPENED : HandOver.NO_WINDOW;
            }
        } catch (IOException | RuntimeException e) {
            return HandOver.NO_WINDOW;
        }
    }

    private void serve(Opener handler) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue;
                }
                List<Path> files = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty() && files.size() < MAX_PATHS) {
                    try {
                        files.add(Path.of(line));
                    } catch (java.nio.file.InvalidPathException ignored) {
                        // a path this system cannot name is dropped
                    }
                }
                boolean opened;
                try {
                    opened = handler.open(List.copyOf(files)).toCompletableFuture().get(OPEN_WAIT_S, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stillOpening) {
                    opened = true; // a large file still importing: the window took it and will say
                } catch (java.util.concurrent.ExecutionException e) {
                    opened = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Writer w = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                w.write(opened ? "OK\n" : "FAILED\n");
                w.flush();
            } catch (IOException e) {
                // a broken or closed connection: keep listening unless closed
            } catch (RuntimeException e) {
                // the handler failed for these files; the next hand-over still works
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file is harmless: hand-over to it fails and a new window starts
        }
    }
}
