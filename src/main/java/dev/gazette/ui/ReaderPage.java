package dev.gazette.ui;

import dev.gazette.service.ArticleView;
import dev.gazette.model.ExtractedArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the self-contained HTML page the reader pane shows for one article: the sanitized body
 * in calm typography, with a Content-Security-Policy that forbids every load except inline
 * styles and the article's own images inlined as {@code data:} URIs.
 */
public final class ReaderPage {

    public enum Theme { LIGHT, DARK, SEPIA }

    private ReaderPage() {
    }

    public static String render(ArticleView view, Theme theme, int fontPercent) {
        ExtractedArticle a = view.article().content();
        String[] colours = switch (theme) {
            case LIGHT -> new String[]{"#fdfdfc", "#1f2328", "#57606a", "#0b57d0"};
            case DARK -> new String[]{"#16181d", "#e6e6e6", "#9aa4af", "#8ab4f8"};
            case SEPIA -> new String[]{"#f4ecd8", "#3b2f21", "#6f5f4b", "#8a4b08"};
        };
        List<String> meta = new ArrayList<>();
        if (view.published() != null) {
            meta.add(esc(view.published().length() > 10 ? view.published().substring(0, 10) : view.published()));
        }
        if (a.author() != null) {
            meta.add("By " + esc(a.author()));
        }
        if (a.source() != null) {
            meta.add(esc(a.source()));
        }
        if (a.site() != null && !a.site().equals(a.source())) {
            meta.add(esc(a.site()));
        }
        String body = view.readingHtml() != null ? view.readingHtml()
                : a.bodyText() == null ? "<p><em>No article text was found in this file.</em></p>"
                : paragraphs(a.bodyText());
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
                + "<style>"
                + "html{background:" + colours[0] + ";}"
                + "body{font-family:'Georgia','Noto Serif','DejaVu Serif',serif;font-size:" + (fontPercent * 18 / 100) + "px;"
                + "line-height:1.6;color:" + colours[1] + ";max-width:38em;margin:2.2em auto;padding:0 1.5em;}"
                + "h1.headline{font-size:1.75em;line-height:1.25;margin:0 0 .4em;}"
                + ".meta{font-family:'Inter','Noto Sans','DejaVu Sans',sans-serif;font-size:.78em;color:" + colours[2] + ";margin-bottom:1.8em;}"
                + "a{color:" + colours[3] + ";}"
                + "img{max-width:100%;height:auto;}figure{margin:1.5em 0;}figcaption{font-size:.85em;color:" + colours[2] + ";}"
                + "blockquote{border-left:3px solid " + colours[2] + ";margin-left:0;padding-left:1em;color:" + colours[2] + ";}"
                + "table{border-collapse:collapse;}td,th{border:1px solid " + colours[2] + ";padding:.25em .5em;}"
                + "</style></head><body>"
                + "<h1 class=\"headline\">" + esc(a.title() == null ? "Untitled" : a.title()) + "</h1>"
                + "<div class=\"meta\">" + String.join(" · ", meta) + "</div>"
                + "<article>" + body + "</article></body></html>";
    }

    static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                sb.append("<p>").append(esc(p.strip())).append("</p>");
            }
        }
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
