package dev.gazette.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The comparison's other process: Readability4J 1.0.8 doing what {@code gazette extract --json}
 * does, as a command of its own — read each file (gunzipping {@code .gz}), extract the article,
 * print one JSON object of title and text per file. Uses only the JDK and Readability4J (found by
 * name on the class path, so it compiles without it), so its process loads nothing of Gazette's:
 * <pre>
 * java -cp "target/test-classes:target/readability4j-lib/*" dev.gazette.bench.Readability4JMain FILE…
 * </pre>
 * {@link SpeedBenchmark} starts it beside Gazette's own process.
 */
public final class Readability4JMain {

    private Readability4JMain() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> cls = Class.forName("net.dankito.readability4j.Readability4J");
        Constructor<?> ctor = cls.getConstructor(String.class, String.class);
        Method parse = cls.getMethod("parse");
        Class<?> articleCls = Class.forName("net.dankito.readability4j.Article");
        Method title = articleCls.getMethod("getTitle");
        Method text = articleCls.getMethod("getTextContent");
        StringBuilder out = new StringBuilder("{\n");
        for (int i = 0; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String html = read(file);
            out.append("  ").append(quote(file.getFileName().toString() + "#" + i)).append(" : {\n    ");
            try {
                Object article = parse.invoke(ctor.newInstance("https://example.com/", html));
                out.append("\"title\" : ").append(quote(title.invoke(article))).append(",\n    \"articleBody\" : ")
                        .append(quote(text.invoke(article)));
            } catch (java.lang.reflect.InvocationTargetException e) {
                // a page Readability4J gives up on (as Gazette's import reports a failed file): go on
                out.append("\"error\" : ").append(quote(String.valueOf(e.getCause())));
            }
            out.append("\n  }").append(i + 1 < args.length ? ",\n" : "\n");
        }
        out.append("}");
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.println(out);
        stdout.flush();
    }

    private static String read(Path file) throws IOException {
        byte[] bytes;
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                bytes = b.toByteArray();
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
