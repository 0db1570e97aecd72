package dev.gazette.cli;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.SearchParse;
import dev.gazette.service.LibraryService;

import java.io.PrintWriter;
import java.util.List;

/** Search-syntax terms given on the command line, turned into a query the way the window does. */
final class QueryTerms {

    private QueryTerms() {
    }

    /** All articles for no terms; a note on stderr when part of the input was taken literally. */
    static ArticleQuery parse(LibraryService service, List<String> terms, PrintWriter err) {
        if (terms == null || terms.isEmpty()) {
            return ArticleQuery.ALL;
        }
        SearchParse parse = service.parseSearch(String.join(" ", terms));
        if (parse.warning() != null) {
            err.println("note: " + parse.warning());
        }
        return parse.query();
    }
}
