package dev.gazette.robust;

import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ArticleView;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import dev.gazette.ui.ReaderPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile pages through the real import and the reader page: the stored reading HTML and the
 * page the reader shows keep no script, no active element, no event handler, no javascript: or
 * data: link and no reference at all to the server the page tries to reach; ordinary https
 * links stay for a person to click.
 */
class HostileExtractionTest {

    /** Elements that can run code or load something; none may reach the reader. */
    static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
            "meta", "link", "style", "form", "input", "button", "svg", "math", "video", "audio", "source", "track",
            "picture", "noscript", "template", "portal");

    @TempDir
    Path dir;

    @Test
    void hostilePagesAreStoredAndShownInert() throws Exception {
        try (CountingServer server = new CountingServer(); LibraryService service = LibraryService.open(dir.resolve("library"))) {
            Path folder = Files.createDirectories(dir.resolve("hostile"));
            Map<String, String> pages = HostilePages.pages(server.origin());
            for (Map.Entry<String, String> p : pages.entrySet()) {
                Files.writeString(folder.resolve(p.getKey()), p.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve("hostile-pasted.txt"), "Pasted with markup in it\n\n"
                    + "<script src=\"" + server.origin() + "/pasted.js\"></script> The council met on Tuesday about the harbour wall and"
                    + " residents asked about the cost.\n\n<img src=\"" + server.origin() + "/pasted.png\"> More text about the ferry.\n");
            ImportReport report = service.importPaths(List.of(folder));
            List<String> problems = new ArrayList<>();
            int checked = 0;
            for (ImportOutcome o : report.outcomes()) {
                assertThat(o.status()).as(o.toString()).isIn(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.DUPLICATE);
                ArticleView view = service.article(o.articleId()).orElseThrow();
                String stored = view.article().content().bodyHtml();
                String reading = view.readingHtml();
                String page = ReaderPage.render(view, ReaderPage.Theme.LIGHT, 100);
                for (String[] html : new String[][]{{"stored body", stored}, {"reading html", reading}, {"reader page", page}}) {
                    if (html[1] == null) {
                        continue;
                    }
                    // pasted text may mention the address as words (escaped); markup may not mention it at all
                    boolean pasted = o.file().endsWith(".txt");
                    if (pasted) {
                        assertThat(html[1]).contains("&lt;script");
                    }
                    problems.addAll(inertnessProblems(o.file() + " " + html[0], html[1], pasted ? null : server.hostAndPort()));
                }
                checked++;
            }
            assertThat(checked).isEqualTo(pages.size() + 1);
            assertThat(problems).isEmpty();
            assertThat(server.requests()).isEmpty();
        }
    }

    /**
     * Every way this HTML could run code or load from the server; empty when it is inert. With a
     * null server, text may name any address but no element or attribute may act on it.
     */
    static List<String> inertnessProblems(String what, String html, String serverHostAndPort) {
        List<String> problems = new ArrayList<>();
        if (serverHostAndPort != null && html.contains(serverHostAndPort)) {
            problems.add(what + ": refers to the server " + serverHostAndPort);
        }
        problems.addAll(activeMarkup(what, html));
        return problems;
    }

    /** Elements and attributes that could run code or load something, whatever the address. */
    static List<String> activeMarkup(String what, String html) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean ownHead = tag.equals("meta") && (e.hasAttr("charset") || e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy"))
                    || tag.equals("style") && e.parents().stream().anyMatch(p -> p.normalName().equals("head"));
            if (ACTIVE.contains(tag) && !ownHead) {
                problems.add(what + ": keeps <" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (key.startsWith("on") || key.equals("srcset") || key.equals("srcdoc") || key.equals("background")
                        || key.equals("ping") || key.equals("poster") || key.equals("lowsrc") || key.equals("dynsrc")
                        || key.contains("href") && !tag.equals("a")) {
                    problems.add(what + ": keeps " + key + "= on <" + tag + ">");
                }
                if (key.equals("style") && value.contains("url(")) {
                    problems.add(what + ": keeps a style with url()");
                }
                // the reader page points its links at its private scheme (a click fetches nothing);
                // what follows the scheme must still be a web address
                String target = what.endsWith("reader page") && value.startsWith(ReaderPage.LINK_SCHEME)
                        ? value.substring(ReaderPage.LINK_SCHEME.length()) : value;
                if (tag.equals("a") && key.equals("href") && !(target.startsWith("http://") || target.startsWith("https://")
                        || target.startsWith("#"))) {
                    problems.add(what + ": keeps a link that is not http(s): " + a.getValue());
                }
                if (tag.equals("img") && key.equals("src") && (value.startsWith("//") || value.matches("^[a-z][a-z0-9+.-]*:.*")
                        && !value.startsWith("data:image/"))) {
                    problems.add(what + ": keeps an image that loads from elsewhere: " + a.getValue());
                }
            }
        }
        return problems;
    }
}
