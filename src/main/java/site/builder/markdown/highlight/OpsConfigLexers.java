package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** PromQL queries and Apache httpd configuration, as Hugo's Chroma highlights them. */
final class OpsConfigLexers {
    private OpsConfigLexers() {}

    private static final String MODIFIERS = "group_right|group_left|ignoring|without|offset|bool|on|by";
    private static final String AGGREGATIONS =
            "count_values|quantile|bottomk|stdvar|stddev|count|group|topk|sum|min|max|avg";
    /** The functions of Prometheus 2.x that Chroma 2.5 knows (newer ones such as clamp or sgn are plain names). */
    private static final String FUNCTIONS = "histogram_quantile|quantile_over_time|absent_over_time|stdvar_over_time"
            + "|stddev_over_time|count_over_time|predict_linear|label_replace|max_over_time|avg_over_time|sum_over_time"
            + "|days_in_month|min_over_time|day_of_month|holt_winters|day_of_week|label_join|sort_desc|clamp_max"
            + "|timestamp|clamp_min|increase|changes|absent|vector|scalar|resets|idelta|minute|deriv|delta|floor|month"
            + "|round|irate|log10|sqrt|ceil|year|hour|rate|sort|time|log2|abs|exp|ln";

    static Lexer promql() {
        Lexer.Builder b = Lexer.builder("promql");
        b.state("range").rule("\\]", PUNCTUATION, "#pop").rule("[1-9][0-9]*[smhdwy]", STRING);
        b.state("call")
                .rule("\\)", OPERATOR, "#pop")
                .rule("\\(", OPERATOR, "#push")
                .rule("", TEXT, "#pop");
        b.state("labels")
                .rule("\\}", PUNCTUATION, "#pop")
                .rule("\\n|\\s+", WHITESPACE)
                .rule(",", PUNCTUATION)
                .groups(
                        "([_a-zA-Z][a-zA-Z0-9_]*?)(\\s*?)(=~|!=|=|!~)(\\s*?)(\"|')(.*?)(\"|')",
                        NAME_LABEL,
                        WHITESPACE,
                        OPERATOR,
                        WHITESPACE,
                        PUNCTUATION,
                        STRING,
                        PUNCTUATION);
        return b.state("root")
                .rule("\\n|\\s+", WHITESPACE)
                .rule(",", PUNCTUATION)
                .rule("(?:" + MODIFIERS + "|" + AGGREGATIONS + ")\\b", KEYWORD)
                .rule("(?:" + FUNCTIONS + ")\\b", KEYWORD_RESERVED)
                .rule("[1-9][0-9]*[smhdwy]", STRING)
                .rule("-?[0-9]+\\.[0-9]+", NUMBER_FLOAT)
                .rule("-?[0-9]+", NUMBER_INTEGER)
                .rule("#.*?$", COMMENT_SINGLE)
                .rule("[-+*/%^]|==|!=|>=|<=|<|>", OPERATOR)
                .rule("and|or|unless", OPERATOR_WORD)
                .rule("[_a-zA-Z][a-zA-Z0-9_]+", NAME_VARIABLE)
                .groups("([\"'])(.*?)([\"'])", PUNCTUATION, STRING, PUNCTUATION)
                .rule("\\(", OPERATOR, "call")
                .rule("\\)", OPERATOR)
                .rule("\\{", PUNCTUATION, "labels")
                .rule("\\[", PUNCTUATION, "range")
                .build();
    }

    /** Directive arguments Apache reads as fixed words (On/Off, log levels, lookup modes). */
    private static final String VALUE_WORDS =
            "on|off|none|any|all|double|email|dns|min|minimal|os|productonly|full|emerg"
                    + "|alert|crit|error|warn|notice|info|debug|registry|script|inetd|standalone|user|group";

    static Lexer apache() {
        Lexer.Builder b = Lexer.builder("apacheconf").ignoreCase();
        b.state("value")
                .rule("\\\\\\n", TEXT)
                .rule("$", TEXT, "#pop")
                .rule("\\\\|[^\\S\\n]+", TEXT)
                .rule("\\d+\\.\\d+\\.\\d+\\.\\d+(?:/\\d+)?|\\d+", NUMBER)
                .rule("/[a-z0-9][\\w./-]+", STRING_OTHER)
                .rule("(?:" + VALUE_WORDS + ")\\b", KEYWORD)
                .rule("\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"", STRING_DOUBLE)
                .rule("[^\\s\"\\\\]+", TEXT);
        return b.state("root")
                .rule("\\s+", TEXT)
                .rule("#.*?$", COMMENT)
                .groups("(<[^\\s>]+)(?:(\\s+)(.*?))?(>)", NAME_TAG, TEXT, STRING, NAME_TAG)
                .action("([a-z]\\w*)(\\s+)", "value", NAME_BUILTIN, TEXT)
                .rule("\\.+", TEXT)
                .build();
    }
}
