package dev.gazette.robust;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on 127.0.0.1 (random port) that only counts: every request a hostile page manages
 * to make lands here. Tests assert that it saw none. Answers every path with a tiny script,
 * stylesheet or page so that a load that got through would also run or apply.
 */
public final class CountingServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public CountingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            String path = exchange.getRequestURI().getPath();
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "text/html";
            byte[] body = (path.endsWith(".js") ? "document.title='PWNED';"
                    : path.endsWith(".css") ? "body{background:red}"
                    : "<html><body><p id=pwned>PWNED</p></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** "http://127.0.0.1:PORT" */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** "127.0.0.1:PORT", for looking for any reference to this server in text. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
