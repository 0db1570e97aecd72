package dev.gazette.ingest;

import dev.gazette.model.EmbeddedResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource folder a browser writes beside a "Web page, complete" save ({@code NAME_files/},
 * or a translated name such as {@code NAME-Dateien/}): loads the local images the page refers to.
 * Only files inside such a folder are read, whatever the page says (no {@code ../}, no absolute
 * paths, no links out of the folder), within {@link IngestLimits#MAX_RESOURCE_TOTAL_BYTES}.
 * Stateless and thread-safe.
 */
final class SavedPageFolder {

    /**
     * Endings of the resource folder after the page name: Chrome and Firefox write "_files" in
     * every language; older Internet Explorer and Edge wrote translated names.
     */
    static final List<String> FOLDER_SUFFIXES = List.of("_files", ".files", "-files", "-Dateien", "_archivos",
            "_fichiers", "_file", "_bestanden", "_arquivos", "_pliki", "-filer", "_soubory", "_tiedostot",
            "_fitxers", "_dosyalar", "_failai", "_datoteke", "_súbory", "_fájlok");

    private SavedPageFolder() {
    }

    /** True when a folder looks like the resource folder of a page in the same parent. */
    static boolean isResourceFolderName(String folderName, String pageBaseName) {
        if (!folderName.startsWith(pageBaseName)) {
            return false;
        }
        String suffix = folderName.substring(pageBaseName.length());
        for (String known : FOLDER_SUFFIXES) {
            if (known.equalsIgnoreCase(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The images under the page's resource folders that its {@code <img src>} refer to. */
    static List<EmbeddedResource> load(Path page, String html) {
        Path parent = page.toAbsolutePath().getParent();
        if (parent == null) {
            return List.of();
        }
        String base = FileKind.baseName(page.getFileName().toString());
        List<Path> folders = new ArrayList<>();
        for (String suffix : FOLDER_SUFFIXES) {
            try {
                Path candidate = parent.resolve(base + suffix);
                if (Files.isDirectory(candidate)) {
                    folders.add(candidate.toRealPath());
                }
            } catch (IOException | RuntimeException e) {
                // an odd name or an unreadable folder: no resources from it
            }
        }
        if (folders.isEmpty()) {
            return List.of();
        }
        Map<String, EmbeddedResource> found = new LinkedHashMap<>();
        long total = 0;
        for (Element img : Jsoup.parse(html).select("img[src], image[href], source[src]")) {
            String src = img.hasAttr("src") ? img.attr("src") : img.attr("href");
            if (found.containsKey(src) || found.size() >= IngestLimits.MAX_RESOURCE_COUNT) {
                continue;
            }
            Path file = localFile(parent, src, folders);
            if (file == null) {
                continue;
            }
            byte[] data = readImage(file, IngestLimits.MAX_RESOURCE_TOTAL_BYTES - total);
            if (data == null) {
                continue;
            }
            String type = MediaTypes.imageType(data, file.getFileName().toString());
            if (type == null) {
                continue;
            }
            total += data.length;
            found.put(src, new EmbeddedResource(src, type, data));
        }
        return List.copyOf(found.values());
    }

    /** The file a relative {@code src} names, when it lies inside one of the folders; else null. */
    static Path localFile(Path parent, String src, List<Path> folders) {
        if (src == null || src.isBlank() || src.startsWith("/") || src.startsWith("\\")
                || src.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null; // absolute path, or a URL with a scheme (http:, data:, file:)
        }
        String path = src;
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = percentDecode(path).replace('\\', '/');
        try {
            Path resolved = parent.resolve(path).normalize();
            if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(resolved)) {
                return null;
            }
            Path real = resolved.toRealPath();
            for (Path folder : folders) {
                if (real.startsWith(folder) && !real.equals(folder)) {
                    return real;
                }
            }
        } catch (InvalidPathException | IOException e) {
            return null;
        }
        return null;
    }

    private static byte[] readImage(Path file, long budget) {
        try {
            long size = Files.size(file);
            if (size == 0 || size > IngestLimits.MAX_RESOURCE_BYTES || size > budget) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes((int) size + 1);
                return data.length > size ? null : data;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** %XX escapes as UTF-8; a '+' stays a '+' (this is a path, not a form). */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
