package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Ruby as Hugo's Chroma highlights it: symbols, {@code %w[]}/{@code %r{}} literals with nesting brackets,
 * interpolation ({@code #{}}) in double-quoted strings, regexes after operators and some methods, instance, class
 * and global variables, Kernel methods as builtins, the name after {@code def} and {@code class}; a heredoc start
 * line is one string token (Chroma 2.5 does not lex the heredoc's body as a string).
 */
final class RubyLexer {
    private RubyLexer() {}

    private static final String KEYWORDS = "BEGIN|END|alias|begin|break|case|defined\\?|do|else|elsif|end|ensure|for|if"
            + "|in|next|raise|redo|rescue|retry|return|super|then|undef|unless|until|when|while|yield";
    private static final String PSEUDO = "attr|attr_accessor|attr_reader|attr_writer|catch|extend|false|include"
            + "|initialize|loop|module_function|new|nil|private|protected|public|raise|throw|true";
    private static final String PREDICATES = "autoload|block_given|const_defined|eql|equal|frozen|include|instance_of"
            + "|is_a|iterator|kind_of|method_defined|nil|private_method_defined|protected_method_defined"
            + "|public_method_defined|respond_to|tainted";
    /** Kernel and Module methods Chroma's Ruby lexer knows. */
    private static final String BUILTINS = "Array|Float|Integer|String|__id__|__send__|abort|ancestors|at_exit|autoload"
            + "|binding|callcc|caller|catch|chomp|chop|class_eval|class_variables|clone|const_defined\\?|const_get"
            + "|const_missing|const_set|constants|display|dup|eval|exec|exit|extend|fail|fork|format|freeze|getc|gets"
            + "|global_variables|gsub|hash|id|included_modules|inspect|instance_eval|instance_method|instance_methods"
            + "|instance_variable_get|instance_variable_set|instance_variables|lambda|load|local_variables|loop|method"
            + "|method_missing|methods|module_eval|name|object_id|open|p|print|printf|private_class_method"
            + "|private_instance_methods|private_methods|proc|protected_instance_methods|protected_methods"
            + "|public_class_method|public_instance_methods|public_methods|putc|puts|raise|rand|readline|readlines"
            + "|require|scan|select|self|send|set_trace_func|singleton_methods|sleep|split|sprintf|srand|sub|syscall"
            + "|system|taint|test|throw|to_a|to_s|trace_var|trap|untaint|untrace_var|warn";

    private static final String OPERATOR_METHODS =
            "===|\\[\\]=|<=>|\\*\\*|==|>=|\\+@|<>|>>|<<|-@|\\[\\]|~|`|\\^|\\||&|<|%|/|>|\\+|-|\\*";
    /** Words after which (at a line start or after a space) a slash opens a regex. */
    private static final String REGEX_AFTER = "(?:^|(?<=[=<>~!:])|(?<=(?:\\s|;)when\\s)|(?<=(?:\\s|;)or\\s)"
            + "|(?<=(?:\\s|;)and\\s)|(?<=\\.index\\s)|(?<=\\.scan\\s)|(?<=\\.sub\\s)|(?<=\\.sub!\\s)|(?<=\\.gsub\\s)"
            + "|(?<=\\.gsub!\\s)|(?<=\\.match\\s)|(?<=(?:\\s|;)if\\s)|(?<=(?:\\s|;)elsif\\s)|(?<=^when\\s)|(?<=^index\\s)"
            + "|(?<=^scan\\s)|(?<=^sub\\s)|(?<=^gsub\\s)|(?<=^sub!\\s)|(?<=^gsub!\\s)|(?<=^match\\s)|(?<=^if\\s)"
            + "|(?<=^elsif\\s))";
    /** Bracket pairs of percent literals: state prefix, opening and closing character. */
    private static final String[][] BRACKETS = {
        {"cb", "\\{", "\\}"}, {"sb", "\\[", "\\]"}, {"pa", "\\(", "\\)"}, {"ab", "<", ">"}
    };

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("ruby").dotAll();
        b.state("string-intp")
                .rule("#\\{", STRING_INTERPOL, "in-intp")
                .rule("#@@?[a-zA-Z_]\\w*|#\\$[a-zA-Z_]\\w*", STRING_INTERPOL);
        b.state("string-intp-escaped")
                .include("string-intp")
                .rule("\\\\(?:[\\\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})", STRING_ESCAPE);
        quoted(b, "simple-string", "\"", STRING_DOUBLE);
        quoted(b, "simple-sym", "\"", STRING_SYMBOL);
        quoted(b, "simple-backtick", "`", STRING_BACKTICK);
        for (String[] br : BRACKETS) {
            String open = br[1], close = br[2], all = "\\\\#" + open + close;
            b.state(br[0] + "-intp-string")
                    .rule("\\\\[\\\\" + open + close + "]", STRING_OTHER)
                    .rule(open, STRING_OTHER, "#push")
                    .rule(close, STRING_OTHER, "#pop")
                    .include("string-intp-escaped")
                    .rule("[" + all + "]", STRING_OTHER)
                    .rule("[^" + all + "]+", STRING_OTHER);
            b.state(br[0] + "-string")
                    .rule("\\\\[\\\\" + open + close + "]", STRING_OTHER)
                    .rule(open, STRING_OTHER, "#push")
                    .rule(close, STRING_OTHER, "#pop")
                    .rule("[" + all + "]", STRING_OTHER)
                    .rule("[^" + all + "]+", STRING_OTHER);
            b.state(br[0] + "-regex")
                    .rule("\\\\[\\\\" + open + close + "]", STRING_REGEX)
                    .rule(open, STRING_REGEX, "#push")
                    .rule(close + "[mixounse]*", STRING_REGEX, "#pop")
                    .include("string-intp")
                    .rule("[" + all + "]", STRING_REGEX)
                    .rule("[^" + all + "]+", STRING_REGEX);
        }
        b.state("multiline-regex")
                .include("string-intp")
                .rule("\\\\\\\\|\\\\/|[\\\\#]|[^\\\\/#]+", STRING_REGEX)
                .rule("/[mixounse]*", STRING_REGEX, "#pop");
        b.state("end-part").rule(".+", COMMENT_PREPROC, "#pop");
        b.state("strings")
                .rule(":@{0,2}[a-zA-Z_]\\w*[!?]?", STRING_SYMBOL)
                .rule(":@{0,2}(?:" + OPERATOR_METHODS + ")", STRING_SYMBOL)
                .rule(":'(?:\\\\\\\\|\\\\'|[^'])*'", STRING_SYMBOL)
                .rule("'(?:\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule(":\"", STRING_SYMBOL, "simple-sym")
                .groups("([a-zA-Z_]\\w*)(:)(?!:)", STRING_SYMBOL, PUNCTUATION)
                .rule("\"", STRING_DOUBLE, "simple-string")
                .rule("(?<!\\.)`", STRING_BACKTICK, "simple-backtick");
        for (String[] br : BRACKETS) {
            b.rule("%[QWx]?" + br[1], STRING_OTHER, br[0] + "-intp-string")
                    .rule("%[qsw]" + br[1], STRING_OTHER, br[0] + "-string")
                    .rule("%r" + br[1], STRING_REGEX, br[0] + "-regex");
        }
        b.rule("%r([\\W_])(?:\\\\\\1|(?!\\1).)*\\1[mixounse]*", STRING)
                .rule("%[qsw]([\\W_])(?:\\\\\\1|(?!\\1).)*\\1", STRING_OTHER)
                .rule("%[QWx]([\\W_])(?:\\\\\\1|(?!\\1).)*\\1", STRING)
                .groups("(?<=[-+/*%=<>&!^|~,(])(\\s*)(%([\\t ])(?:(?:\\\\\\3|(?!\\3).)*)\\3)", TEXT, STRING_OTHER, null)
                .groups("^(\\s*)(%([\\t ])(?:(?:\\\\\\3|(?!\\3).)*)\\3)", TEXT, STRING_OTHER, null)
                .rule("%([^a-zA-Z0-9\\s])(?:\\\\\\1|(?!\\1).)*\\1", STRING);
        b.state("class-name")
                .rule("\\(", PUNCTUATION, "def-expression")
                .rule("<<", OPERATOR, "#pop")
                .rule("[A-Z_]\\w*", NAME_CLASS, "#pop")
                .rule("", TEXT, "#pop");
        b.state("function-name")
                .rule("\\(", PUNCTUATION, "def-expression")
                .action(
                        "(?:([a-zA-Z_]\\w*)(\\.))?([a-zA-Z_]\\w*[!?]?|\\*\\*?|[-+]@?|[/%&|^`~]|\\[\\]=?|<<|>>|<=?>|>=?|===?)",
                        "#pop", NAME_CLASS, OPERATOR, NAME_FUNCTION)
                .rule("", TEXT, "#pop");
        b.state("root")
                .rule("\\A#!.+?$", COMMENT_HASHBANG)
                .rule("#.*?$", COMMENT_SINGLE)
                .rule("=begin\\s.*?\\n=end.*?$", COMMENT_MULTILINE)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD)
                .groups("(module)(\\s+)([a-zA-Z_]\\w*(?:::[a-zA-Z_]\\w*)*)", KEYWORD, TEXT, NAME_NAMESPACE)
                .action("(def)(\\s+)", "function-name", KEYWORD, TEXT)
                .rule("def(?=[*%&^`~+-/\\[<>=])", KEYWORD, "function-name")
                .action("(class)(\\s+)", "class-name", KEYWORD, TEXT)
                .rule("(?:" + PSEUDO + ")\\b", KEYWORD_PSEUDO)
                .rule("(?:not|and|or)\\b", OPERATOR_WORD)
                .rule("(?:" + PREDICATES + ")\\?", NAME_BUILTIN)
                .rule("(?:chomp|chop|exit|gsub|sub)!", NAME_BUILTIN)
                .rule("(?<!\\.)(?:" + BUILTINS + ")\\b", NAME_BUILTIN)
                .rule("__(?:FILE|LINE)__\\b", NAME_BUILTIN_PSEUDO)
                .rule("(?<!\\w)(<<-?)([\"`']?)([a-zA-Z_]\\w*)(\\2)(.*?\\n)", STRING)
                .rule("(<<-?)(\"|')()(\\2)(.*?\\n)", STRING)
                .rule("__END__", COMMENT_PREPROC, "end-part")
                .action(REGEX_AFTER + "(\\s*)(/)", "multiline-regex", TEXT, STRING_REGEX)
                .rule("(?<=\\(|,|\\[)/", STRING_REGEX, "multiline-regex")
                .action("(\\s+)(/)(?![\\s=])", "multiline-regex", TEXT, STRING_REGEX)
                .groups("(0_?[0-7]+(?:_[0-7]+)*)(\\s*)([/?])?", NUMBER_OCT, TEXT, OPERATOR)
                .groups("(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)(\\s*)([/?])?", NUMBER_HEX, TEXT, OPERATOR)
                .groups("(0b[01]+(?:_[01]+)*)(\\s*)([/?])?", NUMBER_BIN, TEXT, OPERATOR)
                .groups("([\\d]+(?:[_e]\\d+)*)(\\s*)([/?])?", NUMBER_INTEGER, TEXT, OPERATOR)
                .rule("@@[a-zA-Z_]\\w*", NAME_VARIABLE_CLASS)
                .rule("@[a-zA-Z_]\\w*", NAME_VARIABLE_INSTANCE)
                .rule("\\$\\w+|\\$[!@&`'+~=/\\\\,;.<>_*$?:\"^-]|\\$-[0adFiIlpvw]", NAME_VARIABLE_GLOBAL)
                .rule("::", OPERATOR)
                .include("strings")
                .rule(
                        "\\?(?:\\\\[MC]-)*(?:\\\\(?:[\\\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\\S)(?!\\w)",
                        STRING_CHAR)
                .rule("[A-Z]\\w+", NAME_CONSTANT)
                .groups("(\\.|::)(" + OPERATOR_METHODS + ")", OPERATOR, NAME_OPERATOR)
                .groups("(\\.|::)([a-zA-Z_]\\w*[!?]?|[*%&^`~+\\-/\\[<>=])", OPERATOR, NAME)
                .rule("[a-zA-Z_]\\w*[!?]?", NAME)
                .rule("\\[|\\]|\\*\\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\\|\\||\\.{1,3}", OPERATOR)
                .rule("[-+/*%=<>&!^|~]=?", OPERATOR)
                .rule("[(){};,/?:\\\\]", PUNCTUATION)
                .rule("\\s+", TEXT);
        b.state("def-expression")
                .action("(\\))(\\.|::)?", "#pop", PUNCTUATION, OPERATOR)
                .rule("\\(", OPERATOR, "#push")
                .include("root");
        b.state("in-intp")
                .rule("\\{", STRING_INTERPOL, "#push")
                .rule("\\}", STRING_INTERPOL, "#pop")
                .include("root");
        return b.build();
    }

    /** A string closed by {@code quote}, with escapes and interpolation. */
    private static void quoted(Lexer.Builder b, String state, String quote, TokenType type) {
        b.state(state)
                .include("string-intp-escaped")
                .rule("[^\\\\" + quote + "#]+|[\\\\#]", type)
                .rule(quote, type, "#pop");
    }
}
