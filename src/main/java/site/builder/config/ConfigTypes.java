package site.builder.config;

import java.util.List;

/**
 * The type of each setting site reads, as Hugo 0.111.3 reads it, by lower-cased dotted path ({@code *}: any key
 * or list index). Parents come before their children, so that a table that is no table is settled first.
 * What Hugo does with a value of the wrong type is written beside each group; ConfigTypeCheck applies it.
 */
final class ConfigTypes {
    /** How a setting is read, and what a value of the wrong type does in Hugo. */
    enum Kind {
        /** cast.ToBool: a wrong value is false. */
        BOOL("true or false"),
        /**
         * uglyURLs: a boolean, Go's boolean text, or a table by section; a number is false even in YAML (checked
         * with Hugo 0.111.3), and so is other text.
         */
        UGLY_URLS("true, false or a table of sections"),
        /** cast.ToInt: a wrong value is 0. */
        INT("a whole number"),
        /** cast.ToFloat64: a wrong value is 0. */
        FLOAT("a number"),
        /** cast.ToString: a list or table is "". */
        STRING("text"),
        /** cast.ToStringSlice: text is split at spaces, a table is an empty list. */
        STRINGS("a list of text"),
        /** a table; anything else is an empty one. */
        TABLE("a table"),
        /** a table; anything else stops Hugo ("Language config is not a map", or a site of no pages for outputs). */
        TABLE_REQUIRED("a table"),
        /** a menu: a list of entries; anything else stops Hugo once a template reads the menus, as every theme does. */
        MENU("a list of entries ([[menu.main]] in TOML, a list in YAML)"),
        /** [markup] settings, decoded by mapstructure: 1 is true too, but a value it cannot convert stops Hugo. */
        DECODED_BOOL("true or false"),
        DECODED_INT("a whole number"),
        DECODED_STRING("text"),
        DECODED_TABLE("a table"),
        /** paginate: Hugo stops when a template paginates ("must be positive to paginate"); every theme does. */
        PAGER_SIZE("a whole number above 0");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    record Rule(String path, Kind kind) {}

    static final List<Rule> RULES = rules();

    private ConfigTypes() {}

    private static List<Rule> rules() {
        List<Rule> out = new java.util.ArrayList<>();
        // tables first: their children are checked only once they are tables
        for (String table : List.of(
                "params",
                "markup",
                "permalinks",
                "taxonomies",
                "frontmatter",
                "sitemap",
                "menus",
                "menu",
                "pagination",
                "services",
                "services.rss",
                "minify",
                "privacy",
                "related")) {
            out.add(new Rule(table, Kind.TABLE));
        }
        out.add(new Rule("languages", Kind.TABLE_REQUIRED));
        out.add(new Rule("languages.*", Kind.TABLE_REQUIRED));
        out.add(new Rule("outputs", Kind.TABLE_REQUIRED));
        for (String table : List.of("languages.*.menus", "languages.*.menu", "languages.*.params")) {
            out.add(new Rule(table, Kind.TABLE));
        }
        for (String menus : List.of("menus", "menu", "languages.*.menus", "languages.*.menu")) {
            out.add(new Rule(menus + ".*", Kind.MENU));
            for (String field : List.of("name", "url", "pageref", "identifier", "parent", "pre", "post", "title")) {
                out.add(new Rule(menus + ".*.*." + field, Kind.STRING));
            }
            out.add(new Rule(menus + ".*.*.weight", Kind.INT));
        }
        markup(out);
        for (String flag : List.of(
                "builddrafts",
                "buildfuture",
                "buildexpired",
                "enablerobotstxt",
                "hascjklanguage",
                "relativeurls",
                "canonifyurls",
                "disablepathtolower",
                "cleandestinationdir",
                "pluralizelisttitles",
                "defaultcontentlanguageinsubdir",
                "enableemoji",
                "minify.minifyoutput")) {
            out.add(new Rule(flag, Kind.BOOL));
        }
        out.add(new Rule("uglyurls", Kind.UGLY_URLS));
        for (String number : List.of("summarylength", "rsslimit", "services.rss.limit", "languages.*.weight")) {
            out.add(new Rule(number, Kind.INT));
        }
        out.add(new Rule("paginate", Kind.PAGER_SIZE));
        out.add(new Rule("pagination.pagersize", Kind.PAGER_SIZE));
        out.add(new Rule("sitemap.priority", Kind.FLOAT));
        for (String text : List.of(
                "baseurl",
                "title",
                "languagecode",
                "defaultcontentlanguage",
                "timezone",
                "copyright",
                "contentdir",
                "datadir",
                "layoutdir",
                "themesdir",
                "publishdir",
                "archetypedir",
                "i18ndir",
                "assetdir",
                "paginatepath",
                "pagination.path",
                "sitemap.changefreq",
                "sitemap.filename",
                "permalinks.*",
                "taxonomies.*",
                "languages.*.languagename",
                "languages.*.title",
                "languages.*.languagecode",
                "languages.*.contentdir")) {
            out.add(new Rule(text, Kind.STRING));
        }
        for (String list : List.of("disablekinds", "disablelanguages", "ignoreerrors", "outputs.*")) {
            out.add(new Rule(list, Kind.STRINGS));
        }
        return List.copyOf(out);
    }

    /** The [markup] settings site reads (Hugo 0.111.3's goldmark, highlight and tableOfContents). */
    private static void markup(List<Rule> out) {
        for (String table : List.of(
                "goldmark",
                "goldmark.renderer",
                "goldmark.extensions",
                "goldmark.parser",
                "goldmark.parser.attribute",
                "highlight",
                "tableofcontents")) {
            out.add(new Rule("markup." + table, Kind.DECODED_TABLE));
        }
        for (String flag : List.of(
                "goldmark.renderer.unsafe",
                "goldmark.renderer.xhtml",
                "goldmark.renderer.hardwraps",
                "goldmark.extensions.linkify",
                "goldmark.extensions.tasklist",
                "goldmark.extensions.footnote",
                "goldmark.extensions.definitionlist",
                "goldmark.extensions.strikethrough",
                "goldmark.extensions.table",
                "goldmark.parser.autoheadingid",
                "goldmark.parser.attribute.block",
                "goldmark.parser.attribute.title",
                "highlight.codefences",
                "highlight.guesssyntax",
                "highlight.noclasses",
                "highlight.linenumbersintable",
                "highlight.anchorlinenos",
                "tableofcontents.ordered")) {
            out.add(new Rule("markup." + flag, Kind.DECODED_BOOL));
        }
        for (String number : List.of(
                "highlight.linenostart",
                "highlight.tabwidth",
                "tableofcontents.startlevel",
                "tableofcontents.endlevel")) {
            out.add(new Rule("markup." + number, Kind.DECODED_INT));
        }
        for (String text : List.of(
                "defaultmarkdownhandler",
                "goldmark.extensions.linkifyprotocol",
                "goldmark.parser.autoheadingidtype",
                "highlight.style",
                "highlight.hl_lines",
                "highlight.lineanchors")) {
            out.add(new Rule("markup." + text, Kind.DECODED_STRING));
        }
    }
}
