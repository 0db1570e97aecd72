package dev.gazette.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes synthetic news pages for benchmarks: every page is invented from word lists, shaped like
 * a real saved news page (navigation, cookie banner, newsletter box, share bar, related links,
 * comments, inline scripts and styles, Open Graph tags, JSON-LD {@code NewsArticle}) and 50–300 KB
 * large as HTML. Formats vary: {@code .html}, {@code .html.gz}, {@code .mhtml} (Chrome style,
 * quoted-printable with one image part), {@code .txt} and {@code .md} (Obsidian-style front matter);
 * text and Markdown files hold only the article, as people save them, so they are smaller.
 * Dates (2015–2025), outlets, authors and the countries a story is about vary; a few pages are
 * written in windows-1252 instead of UTF-8.
 *
 * <p>Deterministic: the same count and seed give the same bytes and file times. Not thread-safe
 * (one call builds one set); the static methods share no state.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.GeneratedPages
 * -Dexec.args="target/pages 500 42"}
 */
public final class GeneratedPages {

    /** What one generated file is about: for benchmarks that want to check results. */
    public record Page(Path file, String format, String title, String outlet, String author,
                       LocalDate published, String primaryCountry, List<String> otherCountries) {
    }

    private static final String[] FORMATS = {"html", "html", "html", "html", "html.gz", "html.gz", "mhtml", "mhtml",
            "txt", "md"};

    /** Countries as a story names them: ISO code, name, capital, adjective. */
    private static final String[][] COUNTRIES = {
            {"VE", "Venezuela", "Caracas", "Venezuelan"}, {"BR", "Brazil", "Brasília", "Brazilian"},
            {"AR", "Argentina", "Buenos Aires", "Argentine"}, {"CL", "Chile", "Santiago", "Chilean"},
            {"CO", "Colombia", "Bogotá", "Colombian"}, {"PE", "Peru", "Lima", "Peruvian"},
            {"EC", "Ecuador", "Quito", "Ecuadorian"}, {"MX", "Mexico", "Mexico City", "Mexican"},
            {"US", "the United States", "Washington", "American"}, {"CA", "Canada", "Ottawa", "Canadian"},
            {"GB", "the United Kingdom", "London", "British"}, {"FR", "France", "Paris", "French"},
            {"DE", "Germany", "Berlin", "German"}, {"ES", "Spain", "Madrid", "Spanish"},
            {"IT", "Italy", "Rome", "Italian"}, {"PL", "Poland", "Warsaw", "Polish"},
            {"UA", "Ukraine", "Kyiv", "Ukrainian"}, {"RU", "Russia", "Moscow", "Russian"},
            {"TR", "Turkey", "Ankara", "Turkish"}, {"EG", "Egypt", "Cairo", "Egyptian"},
            {"NG", "Nigeria", "Abuja", "Nigerian"}, {"KE", "Kenya", "Nairobi", "Kenyan"},
            {"ZA", "South Africa", "Pretoria", "South African"}, {"ET", "Ethiopia", "Addis Ababa", "Ethiopian"},
            {"IN", "India", "New Delhi", "Indian"}, {"PK", "Pakistan", "Islamabad", "Pakistani"},
            {"CN", "China", "Beijing", "Chinese"}, {"JP", "Japan", "Tokyo", "Japanese"},
            {"KR", "South Korea", "Seoul", "South Korean"}, {"ID", "Indonesia", "Jakarta", "Indonesian"},
            {"PH", "the Philippines", "Manila", "Philippine"}, {"VN", "Vietnam", "Hanoi", "Vietnamese"},
            {"AU", "Australia", "Canberra", "Australian"}, {"NZ", "New Zealand", "Wellington", "New Zealand"},
            {"IR", "Iran", "Tehran", "Iranian"}, {"SA", "Saudi Arabia", "Riyadh", "Saudi"},
            {"IL", "Israel", "Jerusalem", "Israeli"}, {"GR", "Greece", "Athens", "Greek"},
            {"SE", "Sweden", "Stockholm", "Swedish"}, {"NO", "Norway", "Oslo", "Norwegian"}};

    private static final String[] OUTLETS = {"The Harbour Ledger", "Northgate Times", "Daily Meridian",
            "The Lantern Post", "Coastline Herald", "Evening Compass", "The Quarry Courier", "Westmarch Review",
            "Plainsview Gazette", "The Tidewater Journal", "Summit Dispatch", "Riverbend Chronicle"};
    private static final String[] WIRES = {"Continental Press", "Global Wire Service", "Meridian News Agency", null,
            null, null};
    private static final String[] FIRST = {"Mira", "Tomas", "Ana", "Jo", "Pat", "Lena", "Omar", "Ines", "Kofi",
            "Yuki", "Ravi", "Sofia", "Pavel", "Nadia", "Elif", "Marek", "Chen", "Amara", "Luis", "Greta"};
    private static final String[] LAST = {"Inventa", "Madeup", "Testwell", "Fictional", "Samplesby", "Placeholder",
            "Notreal", "Draftson", "Mockford", "Examplar", "Imaginon", "Storyman"};
    private static final String[] OFFICIALS = {"the finance minister", "the president", "a government spokesperson",
            "the opposition leader", "the central bank governor", "the mayor of the capital", "the foreign minister",
            "the head of the electoral commission", "union leaders", "a senior diplomat"};
    private static final String[] VERBS = {"announced", "rejected", "defended", "postponed", "criticised", "approved",
            "questioned", "welcomed", "outlined", "signed"};
    private static final String[] OBJECTS = {"a new budget plan", "the fuel subsidy reform", "a trade agreement",
            "an emergency decree", "the proposed mining law", "a ceasefire proposal", "the railway contract",
            "new border controls", "a pension overhaul", "the election timetable", "an anti-corruption bill",
            "drought relief measures"};
    private static final String[] TOPICS = {"Budget", "Fuel Subsidies", "Trade Deal", "Elections", "Drought",
            "Rail Contract", "Protests", "Pension Reform", "Border Talks", "Mining Law", "Inflation", "Flooding"};
    private static final String[] HEADLINE_VERBS = {"Rejects", "Approves", "Delays", "Defends", "Debates", "Signs",
            "Questions", "Unveils"};
    private static final String[] NOUNS = {"market", "council", "harbour", "village", "factory", "school", "bridge",
            "river", "province", "coalition", "committee", "report", "survey", "price", "wage", "harvest", "port",
            "highway", "clinic", "court", "ministry", "district", "region", "season", "crowd", "official", "analyst"};
    private static final String[] ADJECTIVES = {"local", "regional", "uncertain", "rising", "narrow", "long-awaited",
            "contested", "modest", "sharp", "quiet", "public", "rural", "coastal", "northern", "southern", "early"};
    private static final String[] PLAIN_VERBS = {"expects", "reports", "faces", "describes", "follows", "reaches",
            "supports", "limits", "extends", "delays", "reviews", "measures"};
    private static final String[] ACCENTED = {"café", "naïve", "résumé", "piñata", "façade", "déjà vu", "über",
            "rôle", "coöperate", "señor"};
    private static final String[] SECTIONS = {"World", "Politics", "Business", "Economy", "Americas", "Europe",
            "Asia", "Africa", "Middle East", "Climate", "Science", "Opinion", "Sport", "Culture", "Travel"};

    private GeneratedPages() {
    }

    /** Writes {@code count} pages into {@code folder} (created if missing), deterministic by {@code seed}. */
    public static List<Page> generate(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<Page> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(writeOne(folder, i, new Random(random.nextLong())));
        }
        return pages;
    }

    /** {@code args}: folder [count=200] [seed=42]. Prints what it wrote. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GeneratedPages FOLDER [COUNT] [SEED]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<Page> pages = generate(folder, count, seed);
        long bytes = 0;
        for (Page p : pages) {
            bytes += Files.size(p.file());
        }
        System.out.printf(Locale.ROOT, "wrote %d pages, %.1f MB, into %s%n", pages.size(), bytes / 1048576.0, folder);
    }

    private static Page writeOne(Path folder, int index, Random r) throws IOException {
        String format = pick(r, FORMATS);
        String[] primary = pick(r, COUNTRIES);
        List<String[]> others = new ArrayList<>();
        int otherCount = r.nextInt(3);
        while (others.size() < otherCount) {
            String[] c = pick(r, COUNTRIES);
            if (c != primary && !others.contains(c)) {
                others.add(c);
            }
        }
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(11 * 365));
        LocalDateTime publishedAt = published.atTime(5 + r.nextInt(16), r.nextInt(60));
        String outlet = pick(r, OUTLETS);
        String wire = pick(r, WIRES);
        String author = pick(r, FIRST) + " " + pick(r, LAST);
        String title = headline(r, primary);
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String domain = outlet.toLowerCase(Locale.ROOT).replace("the ", "").replaceAll("[^a-z]+", "") + ".example";
        String url = "https://www." + domain + "/" + published.getYear() + "/"
                + String.format(Locale.ROOT, "%02d", published.getMonthValue()) + "/" + slug;
        List<String> paragraphs = body(r, primary, others, published, wire);
        boolean latin1 = r.nextInt(10) == 0;
        String base = String.format(Locale.ROOT, "%05d-%s", index, slug.length() > 60 ? slug.substring(0, 60) : slug);
        Path file = folder.resolve(base + "." + format);

        Article a = new Article(title, outlet, wire, author, publishedAt, url, domain, primary, paragraphs);
        byte[] bytes = switch (format) {
            case "html" -> html(r, a, latin1).getBytes(latin1 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
            case "html.gz" -> gzip(html(r, a, false).getBytes(StandardCharsets.UTF_8));
            case "mhtml" -> mhtml(r, a, publishedAt.plusHours(1 + r.nextInt(200)));
            case "txt" -> text(a).getBytes(StandardCharsets.UTF_8);
            default -> markdown(r, a, publishedAt.plusHours(1 + r.nextInt(200))).getBytes(StandardCharsets.UTF_8);
        };
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(publishedAt.plusDays(1).toInstant(ZoneOffset.UTC)));
        return new Page(file, format, title, outlet, author, published, primary[0],
                others.stream().map(c -> c[0]).toList());
    }

    private record Article(String title, String outlet, String wire, String author, LocalDateTime published,
                           String url, String domain, String[] country, List<String> paragraphs) {
    }

    private static String headline(Random r, String[] country) {
        return switch (r.nextInt(3)) {
            case 0 -> capitalise(country[3]) + " Parliament " + pick(r, HEADLINE_VERBS) + " " + pick(r, TOPICS) + " Plan";
            case 1 -> capitalise(country[1].replace("the ", "")) + " " + pick(r, HEADLINE_VERBS) + " "
                    + pick(r, TOPICS) + " After Weeks of Talks";
            default -> pick(r, TOPICS) + " in " + country[2] + ": What Happens Next";
        };
    }

    private static List<String> body(Random r, String[] primary, List<String[]> others, LocalDate date, String wire) {
        List<String> out = new ArrayList<>();
        String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String lead = primary[2].toUpperCase(Locale.ROOT) + " (" + (wire == null ? "Staff" : wire) + ") — "
                + capitalise(pick(r, OFFICIALS)) + " of " + primary[1] + " " + pick(r, VERBS) + " "
                + pick(r, OBJECTS) + " on " + day + ", in a move that " + primary[3] + " analysts said could "
                + "shape the coming months.";
        out.add(lead);
        int paragraphs = 6 + r.nextInt(18);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder para = new StringBuilder();
            int sentences = 2 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    para.append(' ');
                }
                para.append(sentence(r, primary, others));
            }
            out.add(para.toString());
        }
        if (wire != null) {
            out.add("(Reporting by " + pick(r, FIRST) + " " + pick(r, LAST) + "; editing by " + pick(r, FIRST) + " "
                    + pick(r, LAST) + ", " + wire + ")");
        }
        return out;
    }

    private static String sentence(Random r, String[] primary, List<String[]> others) {
        int kind = r.nextInt(10);
        if (kind == 0 && !others.isEmpty()) {
            String[] o = others.get(r.nextInt(others.size()));
            return "Officials in " + o[2] + " said " + o[1] + " was watching the " + pick(r, ADJECTIVES)
                    + " " + pick(r, NOUNS) + " closely.";
        }
        if (kind <= 2) {
            return capitalise(pick(r, OFFICIALS)) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " in "
                    + primary[2] + ", according to " + primary[3] + " media.";
        }
        StringBuilder s = new StringBuilder(capitalise("the " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS)));
        s.append(' ').append(pick(r, PLAIN_VERBS)).append(" the ").append(pick(r, NOUNS));
        int extra = r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            s.append(i == 0 ? " while the " : " and the ").append(pick(r, ADJECTIVES)).append(' ')
                    .append(pick(r, NOUNS)).append(' ').append(pick(r, PLAIN_VERBS)).append(" a ").append(pick(r, NOUNS));
        }
        if (r.nextInt(12) == 0) {
            s.append(", a ").append(pick(r, ACCENTED)).append(" moment");
        }
        return s.append('.').toString();
    }

    // ------------------------------------------------------------------ HTML

    private static String html(Random r, Article a, boolean latin1) {
        int target = (50 + r.nextInt(251)) * 1024; // 50–300 KB
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        String isoDate = a.published.format(iso) + "Z";
        StringBuilder h = new StringBuilder(target + 4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
        h.append(latin1 ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
                : "<meta charset=\"utf-8\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(esc(a.title)).append(" | ").append(esc(a.outlet)).append("</title>\n");
        h.append("<meta name=\"description\" content=\"").append(esc(a.paragraphs.get(0))).append("\">\n");
        h.append("<meta property=\"og:title\" content=\"").append(esc(a.title)).append("\">\n");
        h.append("<meta property=\"og:site_name\" content=\"").append(esc(a.outlet)).append("\">\n");
        h.append("<meta property=\"og:url\" content=\"").append(a.url).append("\">\n");
        h.append("<meta property=\"og:type\" content=\"article\">\n");
        h.append("<meta property=\"article:published_time\" content=\"").append(isoDate).append("\">\n");
        h.append("<meta name=\"author\" content=\"").append(esc(a.author)).append("\">\n");
        h.append("<link rel=\"canonical\" href=\"").append(a.url).append("\">\n");
        h.append("<style>\n").append(css(r, 40 + r.nextInt(120))).append("</style>\n");
        h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(json(a.title)).append("\",\"datePublished\":\"").append(isoDate)
                .append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"").append(json(a.author))
                .append("\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(json(a.outlet))
                .append("\"},\"mainEntityOfPage\":\"").append(a.url).append("\"}</script>\n");
        h.append("<script>").append(script(r, 30 + r.nextInt(80))).append("</script>\n");
        h.append("</head>\n<body class=\"article-page\">\n");
        h.append("<div id=\"cookie-banner\" class=\"consent\"><p>We use cookies to improve your experience, measure "
                + "audiences and show personalised advertising. By clicking \"Accept all\" you agree.</p>"
                + "<button>Accept all</button><button>Manage preferences</button></div>\n");
        h.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(esc(a.outlet))
                .append("</a>\n<nav class=\"main-nav\"><ul>");
        for (String s : SECTIONS) {
            h.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT).replace(' ', '-')).append("\">").append(s)
                    .append("</a></li>");
        }
        h.append("</ul></nav>\n<form class=\"search\"><input type=\"search\" placeholder=\"Search\"></form></header>\n");
        h.append("<div class=\"ad-slot\" id=\"ad-top\">Advertisement</div>\n");
        h.append("<main><article class=\"story\">\n<nav class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/world\">World</a> › ")
                .append(esc(pick(r, SECTIONS))).append("</nav>\n");
        h.append("<h1 class=\"headline\">").append(esc(a.title)).append("</h1>\n");
        h.append("<div class=\"byline\">By <a rel=\"author\" href=\"/authors/")
                .append(a.author.toLowerCase(Locale.ROOT).replace(' ', '-')).append("\">").append(esc(a.author))
                .append("</a>").append(a.wire == null ? "" : ", " + esc(a.wire)).append(" · <time datetime=\"")
                .append(isoDate).append("\">").append(a.published.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)))
                .append("</time></div>\n");
        h.append(shareBar());
        h.append("<figure><img src=\"https://img.").append(a.domain).append("/photos/").append(r.nextInt(1_000_000))
                .append(".jpg\" alt=\"A street in ").append(esc(a.country[2])).append("\"><figcaption>A street in ")
                .append(esc(a.country[2])).append(". Photo: ").append(esc(pick(r, FIRST))).append(' ')
                .append(esc(pick(r, LAST))).append("</figcaption></figure>\n<div class=\"story-body\">\n");
        for (int i = 0; i < a.paragraphs.size(); i++) {
            h.append("<p>").append(esc(a.paragraphs.get(i))).append("</p>\n");
            if (i == 3) {
                h.append("<aside class=\"newsletter\"><h3>Get the morning briefing</h3><p>The day's top stories from ")
                        .append(esc(a.outlet)).append(", in your inbox every morning.</p><form><input type=\"email\" "
                                + "placeholder=\"Your e-mail\"><button>Sign up</button></form></aside>\n");
            }
            if (i == 6) {
                h.append("<div class=\"ad-slot inline\">Advertisement</div>\n");
            }
        }
        h.append("</div>\n").append(shareBar()).append("</article>\n");
        h.append("<section class=\"related\"><h2>More from ").append(esc(a.outlet)).append("</h2><ul>\n");
        for (int i = 0; i < 8 + r.nextInt(12); i++) {
            String[] c = pick(r, COUNTRIES);
            h.append("<li><a href=\"/story/").append(r.nextInt(1_000_000)).append("\">").append(esc(headline(r, c)))
                    .append("</a></li>\n");
        }
        h.append("</ul></section>\n<section class=\"comments\"><h2>Comments</h2>\n");
        int comments = 5 + r.nextInt(40);
        for (int i = 0; i < comments; i++) {
            h.append("<div class=\"comment\"><span class=\"user\">").append(esc(pick(r, FIRST))).append(r.nextInt(999))
                    .append("</span><p>").append(esc(sentence(r, a.country, List.of()))).append(' ')
                    .append(esc(sentence(r, a.country, List.of()))).append("</p><a href=\"#\">Reply</a> "
                            + "<a href=\"#\">Report</a></div>\n");
        }
        h.append("</section></main>\n");
        h.append("<footer class=\"site-footer\"><p>© ").append(a.published.getYear()).append(' ').append(esc(a.outlet))
                .append(". All rights reserved.</p><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/privacy\">"
                        + "Privacy</a></li><li><a href=\"/terms\">Terms</a></li><li><a href=\"/contact\">Contact</a>"
                        + "</li></ul></footer>\n");
        // pad with the analytics and ad scripts real pages carry, to the target size
        while (h.length() < target) {
            h.append("<script>").append(script(r, 40)).append("</script>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String shareBar() {
        return "<div class=\"share-bar\"><a class=\"share fb\" href=\"#\">Share</a><a class=\"share x\" href=\"#\">Post"
                + "</a><a class=\"share mail\" href=\"#\">E-mail</a><a class=\"share copy\" href=\"#\">Copy link</a></div>\n";
    }

    private static String css(Random r, int rules) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rules; i++) {
            s.append('.').append(pick(r, NOUNS)).append('-').append(i).append("{margin:").append(r.nextInt(40))
                    .append("px;padding:").append(r.nextInt(20)).append("px;color:#")
                    .append(Integer.toHexString(0x100000 + r.nextInt(0xefffff))).append(";}\n");
        }
        return s.toString();
    }

    private static String script(Random r, int statements) {
        StringBuilder s = new StringBuilder("(function(w,d){");
        for (int i = 0; i < statements; i++) {
            s.append("var ").append(pick(r, NOUNS)).append(i).append("=d.getElementById('").append(pick(r, NOUNS))
                    .append("-").append(r.nextInt(500)).append("');if(w.dataLayer){w.dataLayer.push({event:'")
                    .append(pick(r, NOUNS)).append("',value:").append(r.nextInt(10000)).append("});}");
        }
        return s.append("})(window,document);").toString();
    }

    // ------------------------------------------------------------------ other formats

    private static byte[] mhtml(Random r, Article a, LocalDateTime saved) {
        String boundary = "----MultipartBoundary--" + Long.toHexString(r.nextLong()) + "----";
        String html = html(r, a, false);
        String imageUrl = "https://img." + a.domain + "/photos/" + r.nextInt(1_000_000) + ".png";
        StringBuilder m = new StringBuilder(html.length() * 11 / 10);
        m.append("From: <Saved by Blink>\r\n")
                .append("Snapshot-Content-Location: ").append(a.url).append("\r\n")
                .append("Subject: ").append(a.title.replaceAll("[^\\x20-\\x7e]", "?")).append("\r\n")
                .append("Date: ").append(saved.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME)).append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"").append(boundary)
                .append("\"\r\n\r\n\r\n--").append(boundary).append("\r\n")
                .append("Content-Type: text/html\r\nContent-ID: <frame-").append(Long.toHexString(r.nextLong()))
                .append("@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ")
                .append(a.url).append("\r\n\r\n")
                .append(quotedPrintable(html.getBytes(StandardCharsets.UTF_8)))
                .append("\r\n--").append(boundary).append("\r\n")
                .append("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ")
                .append(imageUrl).append("\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(tinyPng())).append("\r\n--").append(boundary).append("--\r\n");
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(Article a) {
        StringBuilder t = new StringBuilder();
        t.append(a.title).append("\n\n").append(a.outlet).append(" — ").append(a.author).append(" — ")
                .append(a.published.toLocalDate()).append("\n\n");
        for (String p : a.paragraphs) {
            t.append(p).append("\n\n");
        }
        return t.append(a.url).append('\n').toString();
    }

    private static String markdown(Random r, Article a, LocalDateTime clipped) {
        StringBuilder t = new StringBuilder("---\n");
        t.append("title: \"").append(a.title.replace("\"", "'")).append("\"\n");
        t.append("source: \"").append(a.url).append("\"\n");
        t.append("author:\n  - \"[[").append(a.author).append("]]\"\n");
        t.append("published: ").append(a.published.toLocalDate()).append('\n');
        t.append("created: ").append(clipped.toLocalDate()).append('\n');
        t.append("description: \"").append(a.paragraphs.get(0).replace("\"", "'").replace("\n", " ")).append("\"\n");
        t.append(r.nextBoolean() ? "tags:\n  - \"clippings\"\n  - \"" + a.country[3].toLowerCase(Locale.ROOT) + "\"\n"
                : "tags: clippings, news\n");
        t.append("---\n\n# ").append(a.title).append("\n\n");
        for (String p : a.paragraphs) {
            t.append(p).append("\n\n");
        }
        return t.toString();
    }

    /** Quoted-printable with soft line breaks at 76 chars, as browsers write MHTML. */
    static String quotedPrintable(byte[] data) {
        StringBuilder out = new StringBuilder(data.length + data.length / 8);
        int line = 0;
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xff;
            if (b == '\n') {
                out.append("\r\n");
                line = 0;
                continue;
            }
            String piece = (b >= 33 && b <= 126 && b != '=') || b == ' ' && i + 1 < data.length && data[i + 1] != '\n'
                    ? String.valueOf((char) b)
                    : String.format(Locale.ROOT, "=%02X", b);
            if (line + piece.length() > 75) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.toString();
    }

    private static byte[] tinyPng() {
        return Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
