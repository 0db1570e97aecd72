package dev.gazette.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every tuning constant and regular expression of the extractor, in one commented place.
 * Nothing here names a particular site or page: the words are the ones web pages in general
 * use for their parts. Constants only; safe to share across threads.
 */
final class ExtractionRules {

    private ExtractionRules() {
    }

    // ---------------------------------------------------------------- dates

    /** No news article was published before this year; older "dates" are numbers that look like one. */
    static final int EARLIEST_YEAR = 1800;

    /*
     * The publisher's day against a UTC stamp (PublishedDateFinder.decide). A stamp given in UTC
     * ("2020-12-05T23:15Z", "+00:00") has UTC's calendar day; the publisher printed its own. A
     * printed or URL date wins over the stamp's day when it is the local day of the stamp's
     * instant at some offset places use: from UTC-12 to UTC+14.
     */
    /** Longest text of a {@code <time>} or datePublished element read as the printed day of a stamp. */
    static final int MAX_PRINTED_DATE_CHARS = 80;
    /** Hours the westmost time zone is behind UTC. */
    static final int WESTMOST_OFFSET_HOURS = 12;
    /** Hours the eastmost time zone is ahead of UTC. */
    static final int EASTMOST_OFFSET_HOURS = 14;
    /**
     * A UTC stamp on a round hour from this hour on ({@code T23:00:00Z}, {@code T22:00:00Z}) is a
     * date without a time stored as the site's own midnight, UTC+1 to UTC+4 (Europe, Africa, the
     * Middle East), and printed in UTC: it is read as the next day. Earlier round hours are as
     * often a scheduled publication time, so they keep their day.
     */
    static final int LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR = 20;
    /**
     * Languages whose pages come mostly from the Americas (west of UTC), where a late round UTC
     * hour is an evening publication time, not a midnight east of UTC: the midnight rule is not
     * applied to them.
     */
    static final java.util.Set<String> WEST_OF_UTC_LANGUAGES = java.util.Set.of("en", "es", "pt");
    /** Date strings longer than this are cut before parsing (they are paragraphs, not dates). */
    static final int MAX_DATE_TEXT = 400;
    /** Dates in URL paths: /2019/04/06/, /2019-04-06-, _2019_04_06. */
    static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?!\\d)");
    /** Only a year and month in the URL (/2019/04/): used when nothing better is known, day unknown. */
    static final Pattern URL_YEAR_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

    // ---------------------------------------------------------------- HTML cleaning

    /** Tags removed before scoring: never part of a readable article body. */
    static final String DROP_TAGS = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, option, link, meta, nav, dialog, audio, video, source, map, "
            + "area, [role=navigation], [role=dialog], [role=alertdialog], [role=banner], [role=search], "
            + "[role=complementary], [role=contentinfo]";

    /** Inline style that hides an element. */
    static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Class/id words of page parts that are not the article (removed unless they also look like content). */
    static final ClassWords UNLIKELY = ClassWords.of(
            "-ad-", "=ad", "=ads", "ad-slot", "adsense", "advert", "ai2html", "banner", "breadcrumb", "combx", "comment",
            "community", "cookie", "consent", "cover-wrap", "disqus", "extra", "foot", "gdpr", "legends", "menu",
            "modal", "newsletter", "outbrain", "taboola", "pagination", "pager", "popup", "promo", "related",
            "recommend", "remark", "replies", "rss", "share", "sharing", "shoutbox", "sidebar", "skyscraper",
            "social", "sponsor", "subscribe", "subscription", "supplemental", "ad-break", "agegate", "paywall",
            "signup", "sign-up", "follow", "trending", "mostpopular", "most-popular", "mostread", "most-read",
            "toolbar", "masthead", "navbar", "nav-", "-nav", "=tags", "tag-list", "byline", "author-bio", "bio-box",
            "about-author", "readmore", "read-more", "more-stories", "jump-link", "skip-link", "visually-hidden",
            "sr-only", "screen-reader", "offscreen");

    /** Class/id words that rescue an element from {@link #UNLIKELY}. */
    static final ClassWords MAYBE_CANDIDATE = ClassWords.of(
            "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "posttext",
            "post-text", "prose", "text");

    /** Class/id words that raise an element's weight. */
    static final ClassWords POSITIVE = ClassWords.of(
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
            "story", "prose", "richtext", "rich-text", "paragraph", "detail");

    /** Class/id words that lower an element's weight. */
    static final ClassWords NEGATIVE = ClassWords.of(
            "-ad-", "hidden", "=hid", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr", "masthead",
            "media", "meta", "outbrain", "promo", "related", "recommend", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "newsletter", "subscribe", "cookie",
            "modal", "social", "follow", "popular", "trending", "teaser", "card", "signup", "byline", "author",
            "credit", "nav", "menu", "breadcrumb", "pagination", "more-", "read-more", "caption-credit");

    /** Class/id words of a byline element. */
    static final ClassWords BYLINE_CLASS = ClassWords.of("byline", "author", "dateline", "writtenby", "p-author");

    /** Block elements whose text is scored as a paragraph. */
    static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd", "h2", "h3",
            "section", "div", "article", "span", "font", "figcaption", "center");

    /** Elements that start a new block when rendering text. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "hr", "address", "center",
            "form", "fieldset", "details", "summary", "caption", "body", "html");

    /** Paragraphs shorter than this (characters) carry no score. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** How many ancestors receive a paragraph's score (the parent fully, then less). */
    static final int SCORE_ANCESTOR_LEVELS = 5;
    /** Weight added or removed for a positive or negative class/id. */
    static final int CLASS_WEIGHT = 25;
    /** A sibling joins the article when its score reaches this share of the top score. */
    static final double SIBLING_SHARE = 0.2;
    /** Bonus for a paragraph whose text appears in the page's JSON-LD articleBody. */
    static final double ARTICLE_BODY_BONUS = 12;
    /** JSON-LD articleBody must have this many words to count as evidence. */
    static final int ARTICLE_BODY_MIN_WORDS = 60;

    /**
     * Below this many characters of body (from a page of more than 2,000), the strict pass is
     * retried without the class/id rules: a page whose article container carries one of the
     * {@link #UNLIKELY} words loses its story to them, and a body this short says so.
     */
    static final int RETRY_BELOW_CHARS = 250;

    /** An end marker inside the article cuts it only when at most this share of the text follows. */
    static final double END_MARKER_MAX_SHARE_AFTER = 0.3;

    /** Short blocks inside the article that are page furniture, not text (matched on the whole block). */
    static final Pattern BOILERPLATE_BLOCK = Pattern.compile(
            "(?iu)^\\W*(?:"
            + "subscribe(?: (?:to|for))?(?: our)?(?: free)? (?:newsletter|daily|weekly|e-?mail|updates?).*|"
            + "sign up (?:for|to) .*(?:newsletter|e-?mail|updates|alerts).*|"
            + "you have successfully subscribed.*|thanks? (?:you )?for (?:signing up|subscribing).*|"
            + "(?:read|see|view) (?:more|also|next|full story|the full story)\\b.{0,80}|"
            + "(?:related|recommended|more)(?: (?:articles?|stories|posts|reading|coverage|content|news|from .{0,40}))?:?\\s*|"
            + "share (?:this|on|via|the article|article|story)\\b.{0,60}|share|tweet|email|print|"
            + "follow (?:us|me) (?:on|at) .{0,60}|"
            + "advertisements?|sponsored(?: content)?|ad|"
            + "(?:image|photo|picture|video) (?:credit|source)s?:.{0,100}|"
            + "\\d+ comments?|comments?(?: \\(\\d+\\))?|leave a (?:comment|reply).*|"
            + "click here to .{0,80}|download (?:our|the) app.{0,60}|"
            + "(?:all rights reserved|copyright ©|©).{0,120}|"
            + "(?:we use cookies|this (?:web)?site uses cookies).*|"
            // the same "read more" / "related" / comment prompts in the other languages of the corpora
            + "(?:weitere (?:informationen|beiträge|artikel|themen)|mehr (?:themen|zum thema|artikel)|zum weiterlesen"
            + "|lesen sie (?:auch|mehr)|das könnte (?:sie|dich) (?:auch )?interessieren)\\b.{0,80}|"
            + "(?:lea|lee|vea|mira|ver) (?:también|tambien|además|más|mas)\\b.{0,120}|"
            + "(?:à )?(?:lire|voir) aussi\\b.{0,120}|(?:leggi|vedi) anche\\b.{0,120}|"
            + "(?:write|post) a comment|(?:schreibe?n? )?(?:einen )?kommentar (?:schreiben|verfassen)|kommentar schreiben"
            + ")\\W*$");

    /**
     * Phrases that mark a short block (at most {@link #BOILERPLATE_PHRASE_MAX_WORDS} words) as page
     * furniture wherever they occur in it: sign-up pitches, click-here promos, photo credits.
     */
    static final Pattern BOILERPLATE_PHRASE = Pattern.compile(
            "(?iu)(?:sign up|subscribe|register)\\b.{0,80}\\b(?:newsletters?|inbox|e-?mails?)\\b|"
            + "\\bclick(?:ing)? here\\b|requires javascript|enable javascript|"
            + "^(?:photo|image|picture|foto|bild|фото)s?\\s*:|"
            + "\\|\\s*(?:getty images|shutterstock|ap photo|reuters|afp|istock)\\s*$|\\((?:ap|reuters|afp) photo|"
            + "have a (?:news )?tip\\?|get the latest .{0,50}\\b(?:in|to) your inbox|"
            + "delivered (?:to|through|into) your (?:inbox|letterbox|door)|"
            // a corrections prompt under the story ("Spotted an error? Write to corrections@…")
            + "\\b(?:spotted|found|see|notice[ds]?) (?:an? )?(?:error|mistake|typo)\\?|\\bcorrections@|"
            + "^(?:advertisement|anzeige|publicidad|publicité|реклама)\\b");
    static final int BOILERPLATE_PHRASE_MAX_WORDS = 30;

    /**
     * Separators of a masthead line such as "Arctic Circle Times · By Ingrid Berg · 21 January
     * 2025": middle dots, bullets and bars. Dashes and commas are left out on purpose, as they
     * also join a dateline to the story's first sentence ("TROMSØ, Norway — Tromsø will ...").
     */
    static final Pattern MASTHEAD_SEPARATOR = Pattern.compile("\\s*[·•|]\\s*");
    /** A masthead line has at most this many words in all, and each part at most {@link #MASTHEAD_PART_MAX_WORDS}. */
    static final int MASTHEAD_MAX_WORDS = 20;
    static final int MASTHEAD_PART_MAX_WORDS = 6;
    /** A part of a masthead line that names an outlet or a person: capitalised words and small joining words. */
    static final Pattern MASTHEAD_NAME = Pattern.compile(
            "(?u)^(?:\\p{Lu}[\\p{L}.'’&-]*|of|the|de|del|la|le|van|von|and|&)(?:\\s+(?:\\p{Lu}[\\p{L}.'’&-]*|of|the|de|del|la|le|van|von|and|&))*$");

    /** A photo credit line; the block just before it is the picture's caption. */
    static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^(?:photo|image|picture|foto|bild|фото)s?\\s*(?:credit)?\\s*:|"
            + "\\|\\s*(?:getty images|shutterstock|ap photo|reuters|afp|istock)\\s*$|\\((?:ap|reuters|afp) photo");

    /** Wire and syndication credits: group "who" is the source. */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)^\\s*(?:credit|source|fuente|quelle|fonte|источник|via|courtesy(?: of)?|originally published (?:by|in|on|at)|"
            + "this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared) (?:in|on|at|by))"
            + "\\s*[:\\-–—]?\\s*(?<who>[\\p{Lu}][\\p{L}\\p{N}&.' -]{1,60}?)\\s*[,.;]?\\s*$");
    /** A wire credit at the start of the first paragraph: "WASHINGTON (Reuters) -", "(AP) —". */
    static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[\\p{Lu}\\p{Lu} ,.'-]{0,60}\\((?<who>Reuters|AP|AFP|Associated Press|Bloomberg|UPI|dpa|EFE|ANSA|CNN|"
            + "Xinhua|TASS|Interfax|Kyodo|Yonhap|PA|CBS News|NBC News|ABC News)\\)\\s*[-–—:]");

    /** Words that begin a visible byline. */
    static final Pattern BYLINE_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:by|von|par|por|di|door|автор|від)\\s*[:\\-]?\\s+");

    /**
     * Deepest element nesting kept when parsing (jsoup's default is 512). Real article pages
     * nest 15-40 deep; the passes that read each element's text cost the page's size times its
     * depth, so a hostile page of 100,000 nested divs took minutes at 512.
     */
    static final int MAX_ELEMENT_DEPTH = 128;

    // ---------------------------------------------------------------- HTML body: choosing and cleaning

    /** The runners-up looked at beside the best-scoring candidate. */
    static final int RIVALS_LOOKED_AT = 5;
    /** A runner-up scoring at least this share of the best is its rival: the article may be split in parts. */
    static final double RIVAL_SHARE = 0.75;
    /** This many rivals under one ancestor make the ancestor the article (the parts of one story). */
    static final int RIVALS_FOR_ANCESTOR = 3;
    /** A sibling of the chosen element joins it from this score up, however weak the best one is. */
    static final double SIBLING_MIN_SCORE = 10;
    /** A sibling with the chosen element's class gets this share of its score: the same template's next part. */
    static final double SIBLING_SAME_CLASS_BONUS = 0.2;
    /** A sibling paragraph longer than this (characters) joins when few of its words are links. */
    static final int SIBLING_SHORT_PARAGRAPH = 80;
    /** ... below this link density; a shorter one joins only with no link and a full stop. */
    static final double SIBLING_MAX_LINK_DENSITY = 0.25;
    /**
     * Cleaning judges a block by its text only up to this many characters: longer is prose,
     * never a byline or a boilerplate block (and its text is not built at all).
     */
    static final int CLEAN_MAX_CHARS = 200;
    /** A byline element is shorter than this (characters): "By Jane Doe and John Roe, Staff Writers". */
    static final int CLEAN_BYLINE_MAX_CHARS = 120;
    /** A date line or an end marker ("Related stories") is at most this long (characters). */
    static final int CLEAN_LINE_MAX_CHARS = 60;
    /** Conditional cleaning: a list, or any weak block, goes above this link density (a menu). */
    static final double CONDITIONAL_MAX_LINK_DENSITY = 0.5;
    /** ... a block with images and fewer paragraphs than this per image is a gallery or a promotion. */
    static final double CONDITIONAL_MIN_PARAGRAPHS_PER_IMAGE = 0.5;
    /** ... a block shorter than this (characters) with no image or many is a widget, not text. */
    static final int CONDITIONAL_MIN_CHARS = 25;
    /** ... a block whose class weight reaches this is trusted unless it is mostly links. */
    static final int CONDITIONAL_TRUSTED_WEIGHT = 25;
    /** ... a weaker block goes above this link density unless it is long. */
    static final double CONDITIONAL_WEAK_MAX_LINK_DENSITY = 0.2;
    /** ... long, for that rule: this many characters of text. */
    static final int CONDITIONAL_LONG_CHARS = 2000;
    /**
     * A parent losing fewer children than this has them removed one by one; from this many, it
     * is rebuilt once (jsoup re-indexes the siblings after every removal: k removals of n cost k × n).
     */
    static final int REBUILD_FROM = 8;

    // ---------------------------------------------------------------- e-mail newsletters
    // (the newsletter readers' own constants are in NewsletterRules)

    /** A name that looks like a person's: two to four capitalised words, initials and particles allowed. */
    static final Pattern PERSON_NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|da|del|der|di|du|la|le|bin|al|ibn|dos|das)){1,3}$");
    /**
     * A dateline that credits the publication: "KUMASI, Ghana, July 8 (Gulf of Guinea Bulletin) -".
     * The place starts in capitals; group "who" is the credit. Used for e-mail newsletters, whose
     * publication is rarely one of the wire agencies {@link #WIRE_DATELINE} knows.
     */
    static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^\\p{Lu}{2}[\\p{Lu}\\p{L} ,.'’0-9-]{0,80}?\\((?<who>\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,60}?)\\)\\s*[-–—:]");
    /** Words in a dateline's brackets that are no credit: dates ("(July 8)"), labels ("(Updated)"). */
    static final Pattern DATELINE_NOT_A_CREDIT = Pattern.compile("(?iu).*\\d.*|updated?|corrected|exclusive|analysis|live|video|photos?");
    /** A bare web address ("gulfofguineabulletin.example"): a source that says only where mail came from. */
    static final Pattern DOMAIN_ONLY = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    // ---------------------------------------------------------------- plain text

    /** A date or byline line standing alone in pasted text has at most this many words. */
    static final int TEXT_META_LINE_MAX_WORDS = 6;
    /** A date written out on a line of its own: a month name or a numeric date, and a year. */
    static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^(?:[\\p{L}]+,?\\s+)?(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+"
            + "(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}\\b|^(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b|^\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}\\b");

    /**
     * A line that is surely not article text, whatever its neighbours. Each phrase starts a word
     * ("oversubscribed", "biologin" are not furniture) and "register" is the button, not
     * "registered with the Securities and Exchange Commission".
     */
    static final Pattern TEXT_BOILERPLATE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:subscribe|newsletter|successfully subscribed|sign up|log ?in|sign in|register\\b|"
            + "cookies?|privacy policy|terms of (?:use|service)|all rights reserved|copyright|©|"
            + "follow us|share (?:this|on)|advertisement|skip to (?:main )?content|"
            + "read more|related (?:articles|stories|posts)|recommended|most (?:read|popular)|"
            + "leave a (?:comment|reply)|comments? \\(|\\d+ comments?|posted in|filed under|tags?:|"
            + "community posts|you might also like|more from|editor'?s picks)");
    /**
     * A short line that ends the article for good: comment sections, related-story lists, tags,
     * share rows, author boxes. The article never continues across one of these. "0 Comments"
     * is not one: no comment follows a count of none; it is the counter of the article's header.
     */
    static final Pattern TEXT_END_MARKER = Pattern.compile(
            "(?iu)^\\W*(?!0+\\s+comments?\\W*$)(?:\\d+\\s+)?(?:(?:top rated |recent |latest |show |view |load )?comments?(?: \\(\\d+\\))?|"
            + "leave a (?:comment|reply)|post a comment|join the (?:discussion|conversation)|discussion|"
            + "related(?: articles?| stories| posts| content| coverage| news| reading| topics)?|related roundup.*|"
            + "recommended(?: for you| stories| articles)?|you (?:might|may) (?:also )?(?:like|be interested in|enjoy)|"
            + "more (?:from|stories|on|in|news|articles)\\b.{0,40}|read (?:next|more|also)|most (?:read|popular|viewed|shared)|"
            + "about the author|share this(?: article| story| post)?|share|tags?|filed under|community posts|trending(?: now)?|"
            + "latest news|popular(?: posts| stories)?|editor'?s picks|don'?t miss|sponsored(?: stories| content)?|"
            + "comentarios|comentários|commentaires|kommentare|commenti|комментарии|"
            + "artigos relacionados|posts relacionados|mat[ée]rias relacionadas|leia (?:tamb[ée]m|mais)|veja tamb[ée]m|"
            + "sobre (?:o|el) autor|[àa] propos de l'auteur|[üu]ber den autor|sull'autore|об авторе|"
            + "art[ií]culos relacionados|noticias relacionadas|not[ií]cias relacionadas|[àa] lire aussi|lire aussi|"
            + "sur le m[êe]me sujet|das k[öo]nnte sie auch interessieren|mehr zum thema|leggi anche|potrebbe interessarti|"
            + "читайте также|похожие (?:новости|статьи)|ещё по теме)\\W*$");

    /** Question and answer lines of an interview ("Q: …", "A: …"): prose, however short. */
    static final Pattern INTERVIEW_LINE = Pattern.compile("^(?:Q|A|P|R|В|О)\\s*[:.]\\s+\\S");

    /**
     * A line ending in an abbreviation of capitals with points ("... TO THE U.S.", "... in the
     * U.K."): its final point closes the abbreviation, not a sentence, so a headline may end so.
     */
    static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}$");
    /** Terminal punctuation of a sentence (closing quotes allowed after it). */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？:;][\"'”’»)\\]]*\\s*$");
    /** Lines of at least this many words that end a sentence are article text. */
    static final int TEXT_PARAGRAPH_WORDS = 12;
    /** A short block that ends the article ({@link #TEXT_END_MARKER}) has at most this many words: a longer one is a sentence that happens to start so. */
    static final int TEXT_END_MARKER_MAX_WORDS = 8;
    /** A block with a boilerplate phrase ({@link #TEXT_BOILERPLATE}) or seen in the menu above the article is furniture below this many words; longer, it is prose that mentions one. */
    static final int TEXT_FURNITURE_MAX_WORDS = 40;
    /** Score of a furniture block: far below any paragraph, so a run crosses one only between long stretches of text. */
    static final double TEXT_BOILERPLATE_SCORE = -10;
    /** Score of a line first seen above the article and seen again (a menu item repeated in the footer). */
    static final double TEXT_MENU_REPEAT_SCORE = -5;
    /** Score of a line of one to three words with no figures or punctuation (a menu item, a section name). */
    static final double TEXT_MENU_WORD_SCORE = -3;
    /** Score of any other short line that is not a sentence (a teaser headline, a label). */
    static final double TEXT_SHORT_LINE_SCORE = -1.5;
    /** Score of a picture's caption (the block just before a photo credit): more than a label, not prose. */
    static final double TEXT_CAPTION_SCORE = -2;
    /** A photo credit that marks the block above as a caption has at most this many words. */
    static final int TEXT_CREDIT_LINE_MAX_WORDS = 15;
    /** A paragraph's sentences have at least this share of function words; a long "sentence" with fewer is a list of names or tags, and counts half. */
    static final double TEXT_PARAGRAPH_MIN_STOP_SHARE = 0.08;
    /** The article's last block, when not a sentence, needs this many words to stay (fewer: a share row, a tag, a signature). */
    static final int TEXT_LAST_LINE_MIN_WORDS = 8;
    /** Blocks above the article's first paragraph read for its headline, date line and byline. */
    static final int TEXT_META_BLOCKS_BEFORE = 8;
    /** A line read for the publication date has at most this many words (a date line, a byline with its date). */
    static final int TEXT_DATE_LINE_MAX_WORDS = 14;
    /** A line starting "By" is a byline up to this many words. */
    static final int TEXT_BYLINE_MAX_WORDS = 8;
    /** When no date stands above the article, its first blocks are read for one (a date line under the headline). */
    static final int TEXT_DATE_BLOCKS_AFTER = 3;
    /** When at least this share of blocks follow a blank line, blank lines only separate blocks (the paste put one everywhere). */
    static final double TEXT_BLANK_LINES_MEANINGLESS_SHARE = 0.8;
    /** Prose has at least this share of function words ({@link #STOP_WORDS}) ... */
    static final double TEXT_PROSE_STOP_SHARE = 0.2;
    /** ... and fewer than this share of capitalised words (a headline in title case has more). */
    static final double TEXT_PROSE_MAX_CAPITALISED_SHARE = 0.4;
    /** A sentence has at least this many words (fewer is a label that happens to end in a full stop). */
    static final int TEXT_SENTENCE_MIN_WORDS = 4;
    /** A short sentence (below {@link #TEXT_PARAGRAPH_WORDS}) of this many words counts half: prose, but little of it. */
    static final int TEXT_SHORT_SENTENCE_MIN_WORDS = 6;
    /** Half weight: what a short sentence, or a paragraph with few function words, scores per word. */
    static final double TEXT_HALF_WEIGHT = 0.5;
    /** A long block without a full stop is still prose from this many words, with function words as prose has them ... */
    static final int TEXT_UNPUNCTUATED_MIN_WORDS = 20;
    /** ... scoring this share of its words (a list of names or a table can look the same). */
    static final double TEXT_UNPUNCTUATED_WEIGHT = 0.2;
    /** A line of at most this many words without digits or punctuation is a menu item. */
    static final int TEXT_MENU_MAX_WORDS = 3;
    /** A line shorter than this (characters) is never joined to the next as a wrapped line. */
    static final int TEXT_WRAPPED_MIN_CHARS = 20;
    /** A headline has at least this many words (fewer is a label or a section name). */
    static final int TEXT_TITLE_MIN_WORDS = 3;
    /** The blocks above the body searched for a headline when none was found at the top. */
    static final int TEXT_TITLE_SEARCH_BLOCKS = 12;
    /** A person's name has at most this many words ("By Maria de la Cruz Ortega" is five). */
    static final int TEXT_NAME_MAX_WORDS = 5;
    /** Score of a {@link #TEXT_END_MARKER} line: low enough that no run of blocks crosses it. */
    static final double TEXT_BARRIER = -1e6;
    /** An earlier stretch of text wins when its best run scores at least this share of the best one. */
    static final double TEXT_EARLIER_RUN_SHARE = 0.2;
    /** This many non-article blocks in a row separate chunks of a candidate article. */
    static final int TEXT_GAP_BLOCKS = 3;
    /** A first or last chunk lighter than this share of the others is dropped. */
    static final double TEXT_LOOSE_END_SHARE = 0.15;
    /** Hard-wrapped text: most long lines are no longer than this. */
    static final int MAX_WRAP_WIDTH = 100;
    /** A wrap width is measured only on a text of at least this many lines (fewer say nothing). */
    static final int WRAP_MIN_LINES = 8;
    /** Lines this close (in columns) to the longest count as reaching the wrap width. */
    static final int WRAP_NEAR_WIDTH = 12;
    /**
     * A line at least this share of the wrap width long is "full": a wrapper may have broken it.
     * A shorter one ends its paragraph (a greedy wrapper fills each line it can).
     */
    static final double WRAP_FULL_LINE_SHARE = 0.6;
    /** Columns of indent that mark a paragraph's first line in wrapped text (the wire indents by 4; e-mail by 2 or a tab). */
    static final int WRAP_PARAGRAPH_INDENT = 2;

    // ---------------------------------------------------------------- wire copy: datelines, figures, wraps
    // (pasted text and wire stories; see docs/extraction.md, "Pasted text and wire copy")

    /**
     * A dateline opening a story's first paragraph, as wire services and newspapers write it:
     * {@code SAN DIEGO, Calif., Feb 26 - }, {@code WASHINGTON (Reuters) - }, {@code KYIV, Ukraine — },
     * {@code HAMBURG, June 5 (Continental Post) - }, {@code New York, March 26 - }.
     * Groups: "place" (the town in capitals or title case, then up to two qualifiers after commas:
     * a state, a country), "date" (month and day, a year allowed), "agency" (the credit in
     * brackets), then the dash that joins it to the story. Stars or bullets before the town (a
     * flash mark) are skipped; spaces around the commas may be missing or doubled, as typed; the
     * date follows a comma or an abbreviation's point ("Jane Doe August 17, 2019 - 2:19 pm" is a
     * comment's header, not a dateline), and the story after the dash does not open with a time
     * of day.
     * A hyphen needs a space on both sides
     * (a hyphenated word is no dash); long dashes may touch the words. {@link Dateline} adds the
     * checks a regular expression cannot make well (title case needs a date or a credit).
     */
    static final Pattern DATELINE = Pattern.compile(
            "^[\\s*•]*(?<place>(?<town>\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?:[ ](?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*|de|del|la|le|am|upon|sur|of)){0,4})"
            + "(?:[ ]?,[ ]?\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ ]\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}){0,2}?)"
            + "(?:(?:,[ ]?|(?<=\\.)[ ])(?<date>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?[ ]\\d{1,2}(?:,?[ ](?:19|20)\\d{2})?"
            + "|\\d{1,2}[ ](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?(?:[ ](?:19|20)\\d{2})?))?"
            + "(?:\\s?\\((?<agency>[^()\\d]{2,60})\\))?"
            + "(?<dash>[ ]+-{1,2}(?:[ ]+|$)|[ ]*[—–]{1,2}[ ]*)(?=\\S|$)(?!\\d{1,2}[:.]\\d{2}\\b)");
    /**
     * Capitalised words that open a line before a dash but are labels, not places
     * ("UPDATE - ", "BREAKING — ", "ADVERTISEMENT – "): a dateline never starts with one.
     */
    static final Pattern DATELINE_NOT_A_PLACE = Pattern.compile(
            "(?iu)^(?:update[ds]?|breaking(?: news)?|exclusive|analysis|advertisement|anzeige|sponsored|watch|live|"
            + "video|photos?|opinion|editorial|comment|correction|corrected|refile|urgent|flash|bulletin|rss|faq|"
            + "note|warning|news|read more|see also|q&a)$");
    /**
     * A dateline in capitals with neither date nor credit ("LONDON — ...") is taken only before
     * a story's sentence: at least this many words after the dash.
     */
    static final int DATELINE_BARE_MIN_WORDS_AFTER = 6;
    /** ... and a sentence, not more capitals: at least one word after the dash has a small letter ("PEP BOYS - MANNY, MOE AND JACK INC" is a headline). */
    static final Pattern DATELINE_STORY_WORD = Pattern.compile("\\p{Ll}{2,}");
    /** Longest dateline place, in characters: longer capitals are a shouted sentence or a headline. */
    static final int DATELINE_MAX_PLACE_CHARS = 50;
    /** A headline above a dateline has at most this many words (a longer block is a standfirst or a paragraph). */
    static final int TEXT_HEADLINE_MAX_WORDS = 30;
    /** Blocks looked at above a dateline for its headline (date lines and bylines are passed over). */
    static final int TEXT_HEADLINE_SEARCH_BLOCKS = 4;
    /** When no run scores at all (a wire item made only of figures), the dateline is sought among this many first blocks. */
    static final int TEXT_DATELINE_FIRST_BLOCKS = 6;
    /** Blocks scoring below this are boilerplate phrases: never lines of a story's table (a repeated line may be). */
    static final double TEXT_FURNITURE_SCORE = -5;
    /** Score of a line of figures after a dateline: above zero, so a run of them stays in the story, but less than any sentence. */
    static final double TEXT_FIGURE_LINE_SCORE = 0.5;
    /**
     * Score of a short line next to a line of figures ("Year", "Nine mths", a row written in
     * words): crossed by the run, never its end, and no gap between chunks of the article
     * (every other negative score is below it).
     */
    static final double TEXT_FIGURE_LABEL_SCORE = -0.5;
    /** A line of figures has at most this many words ... */
    static final int TEXT_FIGURE_LINE_MAX_WORDS = 20;
    /** ... and at least this share of them are numbers. */
    static final double TEXT_FIGURE_SHARE = 0.2;

    /** Common function words of the supported languages: prose has many, menus few. */
    static final Set<String> STOP_WORDS = Set.copyOf(java.util.List.of(
            "the", "a", "an", "of", "to", "in", "and", "is", "that", "for", "on", "was", "with", "as",
            "it", "by", "at", "from", "he", "she", "they", "we", "his", "her", "their", "has", "have",
            "had", "be", "been", "are", "were", "said", "but", "not", "this", "which", "who", "will",
            "would", "or", "its", "than", "more", "after", "also", "about", "into",
            "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con", "para", "se",
            "le", "les", "des", "et", "est", "du", "il", "qui", "dans", "pour", "pas", "au", "sur",
            "der", "die", "das", "und", "ist", "den", "dem", "nicht", "mit", "sich", "auf", "ein", "eine",
            "o", "os", "as", "do", "da", "em", "não", "uma", "é", "di", "che", "il", "è", "per", "non",
            "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "к", "из", "за"));

    // ---------------------------------------------------------------- page metadata: headline, author, date

    /**
     * Class/id words of an element holding the site's name or logo rather than the story's
     * headline: many pages put their logo in an {@code h1} on every page.
     */
    static final ClassWords SITE_LOGO_CLASS = ClassWords.of("logo", "brand", "site-title", "sitetitle",
            "site-name", "sitename", "site-header", "masthead", "navbar");
    /**
     * Separators between a headline and the site's name or section in a {@code <title>} or
     * {@code og:title}: "Headline | Site", "Site - Headline", "Headline » Section", "Headline :: Site".
     */
    static final Pattern HEADLINE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·»/>]|::)\\s+|\\s*\\|\\s*");
    /**
     * Share of one title's letters the other must cover for both to count as the same headline
     * written two ways (a word changed, a spelling variant, a kicker or subtitle added).
     */
    static final double SAME_HEADLINE_SIMILARITY = 0.6;
    /** A shown headline longer than this many characters is a paragraph someone styled as h1. */
    static final int MAX_HEADLINE_CHARS = 300;
    /** A site name or host label shorter than this matches headline words by chance ("ap", "ft", "de"). */
    static final int MIN_SITE_NAME_LETTERS = 4;
    /**
     * A title part is the site's name when the name covers at least a third of it ("Rezept von
     * Backen.de" for backen.de), not when the name is one word of a longer phrase ("Latest News
     * & Headlines" for a host news.…).
     */
    static final int SITE_PART_MAX_LENGTH_RATIO = 3;
    /** Second-level labels under country domains: "co" in example.co.uk is not the site's name. */
    static final Set<String> SECOND_LEVEL_LABELS = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv");
    /**
     * schema.org types of organisations: a JSON-LD author of one of these types is the
     * publisher, the site or an agency, which goes to {@code source}, never to {@code author}.
     */
    static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation",
            "localbusiness", "governmentorganization", "educationalorganization", "ngo", "onlinebusiness",
            "website", "webpage", "brand");
    /**
     * A visible byline: a short line that starts with the word pages print before a writer's
     * name, in the languages of the corpus pages ("By", "Von", "Par", "Por", "Di", "Door",
     * "Autor:", "Text:", "Written by"); group "name" is what follows.
     */
    static final Pattern BYLINE_LEAD = Pattern.compile(
            "(?iu)^\\s*(?:written\\s+by|posted\\s+by|geschrieben\\s+von|verfasst\\s+von|écrit\\s+par|escrito\\s+por"
            + "|by|von|par|por|di|door|autor(?:in)?|author|auteur|text|texte|texto|redaktion)\\s*[:\\-–]?\\s+(?<name>.+)$");
    /** What ends the name in a byline line: a separator, a date, "on"/"am"/"le" before a date, a comma. */
    static final Pattern BYLINE_NAME_END = Pattern.compile(
            "(?iu)\\s*(?:[|,·•/–—(]|\\s-\\s|\\d|\\s(?:on|am|le|el|il|op|update|aktualisiert|veröffentlicht|published)\\b).*$");
    /**
     * What a CMS puts where no writer was entered, or its account names: never an author ("No
     * Author", "Unknown", "admin", "webmaster"). A page that has such an author gets a byline it
     * prints, or none. Team names ("Redaktion", "Staff") are left alone: the corpora's references
     * count them as authors.
     */
    static final Pattern PLACEHOLDER_AUTHOR = Pattern.compile(
            "(?iu)\\s*(?:no\\s+author|unknown(?:\\s+author)?|anonymous|admin(?:istrator)?|webmaster|root"
            + "|null|none|n/?a|author|autor|auteur|-+)\\s*");
    /** What ends a list of co-authors in a byline line: like {@link #BYLINE_NAME_END} but a comma goes on with the list. */
    static final Pattern BYLINE_NAMES_END = Pattern.compile(
            "(?iu)\\s*(?:[|·•/–—(]|\\s-\\s|\\d|\\s(?:on|am|le|el|il|op|update|aktualisiert|veröffentlicht|published)\\b).*$");
    /** Between co-authors: "Jana Kraus, Ole Berg und Mia Sand", "Jane Doe and John Roe", "A & B". */
    static final Pattern CO_AUTHOR_SEPARATOR = Pattern.compile("(?iu)\\s*,\\s*(?:(?:and|und|et|y|e|en|i)\\s+)?|\\s+(?:and|und|et|y|e|en|i|&)\\s+");
    /** A byline line longer than this many characters is a sentence that happens to start with "By". */
    static final int MAX_BYLINE_LINE_CHARS = 80;
    /**
     * A structured-data or meta author that is a login handle ("janedoe", "jane.doe", "jdoe_42")
     * rather than a name as printed: no space, and lower case or joined by dots, underscores or digits.
     */
    static final Pattern USER_HANDLE = Pattern.compile("^(?:[\\p{Ll}\\p{N}]+|[\\p{L}\\p{N}]+(?:[._][\\p{L}\\p{N}]+)+|\\S*\\d\\S*)$");
    /**
     * Relative dates ("3 hours ago", "hace 2 días", "vor 2 Tagen"): counted back from the day
     * the page was saved. Only a short text that is just that phrase counts; in a sentence or a
     * teaser list it is another story's age.
     */
    static final Pattern RELATIVE = Pattern.compile(
            "(?iu)(\\d{1,3}|an?|one|un|una|uno|ein|eine|einem|einer)\\s*(min|minutes?|mins?|hours?|hrs?|h|days?|weeks?|"
            + "minutos?|horas?|d[ií]as?|semanas?|heures?|jours?|semaines?|minuten|stunden?|tagen?|wochen?|"
            + "minuti|ore|giorni|settimane|минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[иью]?)\\b");
    /**
     * A duration in years or months ("vor 16 Jahren, 10 Monaten, 2 Tagen", "2 years ago", "hace 3
     * meses"): it names no day, and its last part alone ("2 Tagen") would be read as two days
     * ago. Such a phrase gives no date.
     */
    static final Pattern RELATIVE_COARSE = Pattern.compile(
            "(?iu)\\d\\s*(years?|yrs?|months?|jahr(?:e|en)?|monat(?:e|en)?|a[ñn]os?|mes(?:es)?|ans?|mois|anni|mesi|"
            + "лет|год(?:а)?|месяц(?:а|ев)?)\\b");
    /** The word that makes a duration a relative date: "ago", "hace", "il y a", "vor", "fa", "назад". */
    static final Pattern RELATIVE_MARK = Pattern.compile(
            "(?iu)\\b(ago|hace|il y a|vor|fa|назад|há|atrás)\\b");
    /**
     * "Yesterday" / "today" as a date line: the word alone or followed by a time ("Today, 10:32",
     * "heute um 9:15 Uhr"). "Today's top stories" or "Heute im Programm" are not dates: on a
     * section front they gave the import day as the publication date.
     */
    static final Pattern YESTERDAY = Pattern.compile("(?iu)^\\s*(yesterday|ayer|hier|gestern|ieri|ontem|вчера)"
            + "\\s*(?:[,:|·•-]\\s*)?(?:$|\\d{1,2}[:.h]\\d{2}|(?:at|um|à|a las|alle|às|в)\\s+\\d)");
    static final Pattern TODAY = Pattern.compile("(?iu)^\\s*(today|hoy|aujourd'hui|heute|oggi|hoje|сегодня|just now)"
            + "\\s*(?:[,:|·•-]\\s*)?(?:$|\\d{1,2}[:.h]\\d{2}|(?:at|um|à|a las|alle|às|в)\\s+\\d)");
    /** Longest text read as a relative date: a date line, not a sentence that mentions a duration. */
    static final int MAX_RELATIVE_DATE_CHARS = 40;
    /**
     * Class words of parts of a headline element that are not the headline: the kicker or
     * topline above it ("Auftragshoch bei FACC :"), a small series name, and labels only screen
     * readers hear ("Headline:").
     */
    static final ClassWords HEADLINE_KICKER_CLASS = ClassWords.of("kicker", "topline", "overline", "dachzeile",
            "roofline", "eyebrow", "small", "visuallyhidden", "visually-hidden", "sr-only", "screen-reader",
            "headline--colon", "separator");
    /** What a removed kicker leaves at the start of a headline: ": ", "| ", "– ". */
    static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:|–—-]+");
    /**
     * A numeric date with slashes and a time, as a meta value ("11/01/2023 12:43:42",
     * "4/6/2019 10:12 AM"): written by server software in its US default, month first, even
     * on pages in languages that print day first.
     */
    static final Pattern MACHINE_SLASH_DATE_TIME = Pattern.compile(
            "^\\d{1,2}/\\d{1,2}/\\d{4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?$");
    /**
     * Class words of a dateline ("HAMBURG, June 5 (Continental Post) -") without byline or
     * author words: a dateline names a place and an outlet, never the writer.
     */
    static final Pattern DATELINE_ONLY_CLASS = Pattern.compile("(?i)^(?!.*(?:byline|author)).*dateline");
    /** Text shaped like a dateline: a place in capitals, then a comma, a date or an agency in brackets. */
    static final Pattern DATELINE_SHAPE = Pattern.compile("^\\p{Lu}{2}[\\p{Lu} .'’-]*(?:,|\\s\\()|\\)\\s*[-–—]\\s*$");

    // ---------------------------------------------------------------- metadata evidence (moved from HtmlMetadataReader)

    /** Meta names of a page's title, most deliberate first (Dublin Core, OpenGraph, then generic and vendor names). */
    static final String[] META_TITLE_KEYS = {"dc:title", "dcterm:title", "dcterms:title", "og:title",
        "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title",
        "headline"};
    /** Meta names of the publication date, in order of trust: OpenGraph article:*, then the names CMSs and vendors (parsely, sailthru, Dublin Core, citation, cXense…) use. */
    static final String[] META_PUBLISHED_KEYS = {"article:published_time", "og:article:published_time",
        "article:published", "published_time", "datepublished", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date", "prism.publicationdate",
        "rnews:datepublished", "article.published", "article_date_original", "publication_date", "publish-date",
        "publish_date", "publishdate", "pubdate", "original-publish-date", "cxenseparse:recs:publishtime",
        "displaydate", "og:published_time", "bt:pubdate", "release_date", "dc.date.published"};
    /**
     * Meta names of a date that names no event ("date", "dc.date", "created", "timestamp"): read
     * after every stamp that says "published" (JSON-LD, the names above, microdata, a {@code <time>}
     * marked published), since sites fill them with the page's build or last change. A last
     * modification ("eomportal-lastupdate", {@link #META_UPDATED_KEYS}) is never a publication.
     */
    static final String[] META_GENERIC_DATE_KEYS = {"dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
        "date", "article.created", "created", "datecreated", "timestamp", "dateline"};
    /** Meta names of the last modification: read as updated, never as published. */
    static final String[] META_UPDATED_KEYS = {"article:modified_time", "og:updated_time", "datemodified",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
        "parsely-updated", "sailthru.lastmodified"};
    /** Meta names of the writer; values that are URLs or @handles are skipped where they are read. */
    static final String[] META_AUTHOR_KEYS = {"dc:creator", "dcterm:creator", "dcterms:creator", "author",
        "parsely-author", "sailthru.author", "article:author_name", "og:article:author", "article:author",
        "citation_author", "byl"};
    /** Meta names of the site or app: the site's name, also used to take it out of a title. */
    static final String[] META_SITE_KEYS = {"og:site_name", "application-name", "al:android:app_name",
        "al:ios:app_name", "twitter:app:name:iphone", "publisher", "dc.publisher", "cre"};
    /** Meta names of the description shown in link previews. */
    static final String[] META_DESCRIPTION_KEYS = {"og:description", "description", "twitter:description",
        "dc.description", "sailthru.description"};
    /** Meta names of the lead image shown in link previews. */
    static final String[] META_IMAGE_KEYS = {"og:image", "og:image:url", "og:image:secure_url",
        "twitter:image", "twitter:image:src", "thumbnail", "parsely-image-url", "sailthru.image.full"};

    /**
     * The article's own container: where the search for furniture around a date or byline stops
     * climbing (class words above it describe the page, not the article).
     */
    static final org.jsoup.select.Evaluator ARTICLE_CONTAINER = org.jsoup.select.QueryParser.parse(
            "article, main, [role=main], [itemprop=articleBody]");
    /** Class/id words of elements that print the publication date. */
    static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|dateline|timestamp|byline|meta|fecha|datum|data|published|entry-meta|article-info");
    /**
     * Words that mark a date as something else than the publication: the last update, the end of
     * an offer or a media library's availability, a member's registration. Such a date is skipped.
     */
    static final Pattern UPDATE_WORDS = Pattern.compile(
            "(?iu)updated|update:|modified|actualizad|mis à jour|aktualisiert|atualizad|aggiornat|обновлен"
            + "|available until|expires|valid until|verfügbar bis|gültig bis|disponible jusqu|disponible hasta"
            + "|registered|registriert|member since|mitglied seit|joined|inscrit le|miembro desde");
    /**
     * Separators of a {@code <title>}'s parts when no better title is known ("Headline | Site",
     * "Section » Headline"); the part before the last one is kept when it is long enough.
     */
    static final Pattern TITLE_SEPARATORS = Pattern.compile(" [|\\-\\\\/>»–—:·] ");

    // ---------------------------------------------------------------- source names (moved from SourceNames)

    /** How much of the page's text is searched for a source's spelling: its start and end (mastheads, footers). */
    static final int SOURCE_SEARCH_HEAD_CHARS = 6_000;
    static final int SOURCE_SEARCH_TAIL_CHARS = 3_000;
    /** A domain label shorter than this matches too much by chance ("ap", "ft"). */
    static final int SOURCE_MIN_LABEL_LETTERS = 4;
    /** Longest outlet name looked for, in words. */
    static final int SOURCE_MAX_NAME_WORDS = 6;
    /** A word of an outlet's name: capitalised or a number, or a joining word ("of", "the", "de"). */
    static final Pattern SOURCE_NAME_WORD = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&-]*|&|of|the|and|de|la|el");
}
