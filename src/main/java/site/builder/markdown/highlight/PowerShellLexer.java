package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * PowerShell as Hugo's Chroma highlights it. Case-insensitive throughout: any {@code verb-noun} word is a builtin,
 * common aliases count as builtins only when a space follows, {@code -eq}-style comparison operators are operators
 * and any other {@code -word} is a plain name (a parameter); a word after {@code x.} is a property; numbers may carry
 * a size suffix ({@code 1GB}); double-quoted strings and {@code @" "@} here-strings interpolate variables and
 * {@code $( )}, single-quoted ones do not.
 */
final class PowerShellLexer {
    private PowerShellLexer() {}

    /** Sections of comment-based help (.SYNOPSIS and friends). */
    private static final String HELP = "component|description|example|externalhelp|forwardhelpcategory"
            + "|forwardhelptargetname|functionality|inputs|link|notes|outputs|parameter|remotehelprunspace|role|synopsis";

    private static final String ATTRIBUTES = "alias|cmdletbinding|parameter|validatecount|validatelength"
            + "|validatenotnullorempty|validatepattern|validaterange|validatescript|validateset";
    private static final String ATTRIBUTE_ARGUMENTS =
            "confirmimpact|defaultparametersetname|dontshow|helpmessage|helpuri"
                    + "|mandatory|parametersetname|position|positionalbinding|supportspaging|supportsshouldprocess"
                    + "|valuefrompipeline|valuefrompipelinebypropertyname|valuefromremainingarguments";
    private static final String KEYWORDS = "begin|break|catch|continue|default|do|dynamicparam|else|elseif|end|filter"
            + "|finally|for|foreach|global:|if|in|param|parameter|process|ref|return|switch|throw|trap|try|until|while"
            + "|\\?|%";
    private static final String OPERATORS = "and|as|band|bnot|bor|bxor|casesensitive|ccontains|ceq|cge|cgt|cle|clike"
            + "|clt|cmatch|cne|cnotcontains|cnotlike|cnotmatch|contains|creplace|eq|exact|f|file|ge|gt|icontains|ieq|ige"
            + "|igt|ile|ilike|ilt|imatch|ine|inotcontains|inotlike|inotmatch|ireplace|is|isnot|le|like|lt|match|ne|not"
            + "|notcontains|notlike|notmatch|or|regex|replace|wildcard";
    /** Built-in aliases (and a few common command names), highlighted only when followed by whitespace. */
    private static final String ALIASES = "ac|asnp|cat|cd|cfs|chdir|clc|clear|clhy|cli|clp|cls|clv|cnsn|compare|copy|cp"
            + "|cpi|cpp|curl|cvpa|dbp|del|diff|dir|dnsn|ebp|echo|epal|epcsv|epsn|erase|etsn|exsn|fc|fhx|fl|foreach|ft|fw"
            + "|gal|gbp|gc|gci|gcm|gcs|gdr|ghy|gi|gjb|gl|gm|gmo|gp|gps|gpv|group|gsn|gsnp|gsv|gu|gv|gwmi|h|history|icm"
            + "|iex|ihy|ii|ipal|ipcsv|ipmo|ipsn|irm|ise|iwmi|iwr|kill|lp|ls|man|md|measure|mi|mount|move|mp|mv|nal|ndr"
            + "|ni|nmo|npssc|nsn|nv|ogv|oh|popd|ps|pushd|pwd|r|rbp|rcjb|rcsn|rd|rdr|ren|ri|rjb|rm|rmdir|rmo|rni|rnp|rp"
            + "|rsn|rsnp|rujb|rv|rvpa|rwmi|sajb|sal|saps|sasv|sbp|sc|select|set|shcm|si|sl|sleep|sls|sort|sp|spjb|spps"
            + "|spsv|start|sujb|sv|swmi|tee|trcm|type|wget|where|wjb|write";

    private static final String SCOPES = "global|script|private|env";
    /** {@code $name}, {@code $env:name} or {@code ${name}} inside an interpolating string. */
    private static final String INTERPOLATED = "\\$(?:(?:" + SCOPES + "):)?\\w+|\\$\\{(?:(?:" + SCOPES + "):)?\\w+}";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("powershell").dotAll().ignoreCase();
        b.state("root")
                .rule("\\(", PUNCTUATION, "child")
                .rule("\\s+", TEXT)
                .action("(\\s*)(#)(requires)(\\s+)", "requires", WHITESPACE, COMMENT, KEYWORD, WHITESPACE)
                .groups("^(\\s*#[#\\s]*)(\\.(?:" + HELP + "))([^\\n]*$)", COMMENT, STRING_DOC, COMMENT)
                .rule("#[^\\n]*?$", COMMENT)
                .rule("(?:&lt;|<)#", COMMENT_MULTILINE, "block-comment")
                .rule("[a-z]:", NAME)
                .rule("@\"\\n", STRING_HEREDOC, "here-string")
                .rule("@'\\n.*?\\n'@", STRING_HEREDOC)
                .rule("@(?=[({])|\\$(?=\\()", NAME_VARIABLE_MAGIC)
                .rule("`['\"$@-]", PUNCTUATION)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("'(?:[^']|'')*'", STRING_SINGLE)
                .groups(
                        "(?<!\\S)(function|filter|workflow)(\\s*)(global:|script:|private:|env:)?(\\w\\S*\\b)",
                        KEYWORD_DECLARATION,
                        WHITESPACE,
                        NAME_VARIABLE_MAGIC,
                        NAME_BUILTIN)
                .groups(
                        "(?<!\\S)(class|configuration)(\\s+)(\\w\\S*)(\\s*)(:*)",
                        KEYWORD_DECLARATION,
                        WHITESPACE,
                        NAME_BUILTIN,
                        NAME_BUILTIN,
                        NAME_BUILTIN)
                .rule("\\$false|\\$null|\\$true(?=\\b)", NAME_VARIABLE_MAGIC)
                .rule("(?:\\$|@@|@)(?:(?:" + SCOPES + "):)?\\w+", NAME_VARIABLE)
                .rule("(?:" + ATTRIBUTES + ")\\b", NAME_BUILTIN)
                .rule("[a-z]\\w*-[a-z]\\w*\\b", NAME_BUILTIN)
                .rule("(?:" + ATTRIBUTE_ARGUMENTS + ")\\b", NAME_ATTRIBUTE)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD)
                .rule("-(?:" + OPERATORS + ")\\b", OPERATOR)
                .rule("(?:" + ALIASES + ")\\s", NAME_BUILTIN)
                .groups("(\\[)([a-z_\\[][\\w. `,\\[\\]]*)(\\])", PUNCTUATION, NAME_CONSTANT, PUNCTUATION)
                .rule("(?<!\\[)(?<=\\S[^*|\\n]\\.)\\w+(?=\\s+|\\(|\\{|\\.)", NAME_PROPERTY)
                .groups(
                        "(?<!\\w)([-+]?[0-9]*\\.?[0-9]+(?:e[0-9]+)?[fdm]?)((?:[kmgtp]b)?)\\b",
                        NUMBER_FLOAT,
                        PUNCTUATION)
                .rule("-[a-z_]\\w*:*", NAME)
                .rule("\\w+", NAME)
                .rule("[.,;@{}\\[\\]$()=+*/\\\\&%!~?^`|<>-]|::", PUNCTUATION);
        b.state("child").rule("\\)", PUNCTUATION, "#pop").include("root");
        b.state("requires")
                .rule("\\s*\\n|\\s*$", WHITESPACE, "#pop")
                .rule(
                        "-(?:modules|pssnapin|runasadministrator|ahellid|version|assembly|psedition)",
                        KEYWORD_DECLARATION)
                .rule("-\\S*\\b", COMMENT)
                .rule("\\s+\\S+", NAME_ATTRIBUTE);
        b.state("block-comment")
                .rule("[^#&.]+", COMMENT_MULTILINE)
                .rule("#(?:>|&gt;)", COMMENT_MULTILINE, "#pop")
                .groups("(\\s*\\.)(" + HELP + ")(\\s*$)", COMMENT_MULTILINE, STRING_DOC, COMMENT_MULTILINE)
                .rule("[#&.]", COMMENT_MULTILINE);
        b.state("string")
                .rule("`[0abfnrtv'\"$`]", STRING_ESCAPE)
                .rule("[^$`\"]+", STRING_DOUBLE)
                .rule("\\$\\(", PUNCTUATION, "child")
                .rule(INTERPOLATED, NAME_VARIABLE)
                .rule("\"\"|[`$]", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, "#pop");
        b.state("here-string")
                .rule("\\n\"@", STRING_HEREDOC, "#pop")
                .rule("\\$\\(", PUNCTUATION, "child")
                .rule(INTERPOLATED, NAME_VARIABLE)
                .rule("[^@\\n]+\"]|.", STRING_HEREDOC);
        return b.build();
    }
}
