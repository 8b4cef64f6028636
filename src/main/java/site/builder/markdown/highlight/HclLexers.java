package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * HCL and Terraform, two different lexers in Hugo's Chroma: {@code hcl} is a loose word lexer (every word a
 * keyword, everything before an {@code =} on a line one name, indentation included), {@code terraform}/{@code tf}
 * knows block types, attributes, Terraform's built-in functions and string interpolation.
 */
final class HclLexers {
    private HclLexers() {}

    static Lexer hcl() {
        Lexer.Builder b = Lexer.builder("hcl");
        b.state("string").groups("(\".*\")", STRING_DOUBLE);
        b.state("punctuation").rule("[\\[\\](),.]", PUNCTUATION);
        b.state("curly").rule("[{}]", TEXT);
        b.state("basic")
                .rule("\\b(?:false|true)\\b", KEYWORD_TYPE)
                .rule("\\s*/\\*", COMMENT_MULTILINE, "comment")
                .rule("\\s*#.*\\n", COMMENT_SINGLE)
                .groups("(.*?)(\\s*)(=)", NAME, TEXT, OPERATOR)
                .rule("\\d+", NUMBER)
                .rule("\\b\\w+\\b", KEYWORD)
                .rule("\\$\\{", STRING_INTERPOL, "interpolation");
        b.state("whitespace").rule("\\n|\\s+|\\\\\\n", TEXT);
        b.state("interpolation")
                .rule("\\$\\{", STRING_INTERPOL, "#push")
                .rule("\\b(?:element|concat|lookup|file|join)\\b", NAME_BUILTIN)
                .include("string")
                .include("punctuation")
                .rule("\\s+", TEXT)
                .rule("\\}", STRING_INTERPOL, "#pop");
        b.state("comment")
                .rule("/\\*", COMMENT_MULTILINE, "#push")
                .rule("\\*/", COMMENT_MULTILINE, "#pop")
                .rule("[^*/]|[*/]", COMMENT_MULTILINE);
        return b.state("root")
                .include("string")
                .include("punctuation")
                .include("curly")
                .include("basic")
                .include("whitespace")
                .rule("[0-9]+", NUMBER)
                .build();
    }

    /** Terraform's built-in functions, by the groups of its documentation. */
    private static final String NUMERIC = "parseint|signum|floor|ceil|log|max|min|abs|pow";

    private static final String STRINGS =
            "trimsuffix|formatlist|trimprefix|trimspace|regexall|replace|indent|strrev|format"
                    + "|substr|chomp|split|title|regex|lower|upper|trim|join";
    private static final String COLLECTIONS = "setintersection|coalescelist|setsubtract|setproduct|matchkeys|chunklist"
            + "|transpose|contains|distinct|coalesce|setunion|reverse|flatten|element|compact|lookup|length|concat|values"
            + "|zipmap|range|merge|slice|index|list|sort|keys|map";
    private static final String ENCODING =
            "base64decode|base64encode|base64gzip|jsondecode|jsonencode|yamldecode" + "|yamlencode|csvdecode|urlencode";
    private static final String FILES =
            "templatefile|filebase64|fileexists|pathexpand|basename|abspath|fileset|dirname|file";
    private static final String TIME = "formatdate|timestamp|timeadd";
    private static final String HASHES =
            "filebase64sha256|filebase64sha512|base64sha512|base64sha256|filesha256|rsadecrypt"
                    + "|filesha512|filesha1|filemd5|uuidv5|bcrypt|sha256|sha512|sha1|uuid|md5";
    private static final String NETWORK = "cidrnetmask|cidrsubnet|cidrhost";
    private static final String CONVERSION = "tostring|tonumber|tobool|tolist|tomap|toset|can|try";

    static Lexer terraform() {
        Lexer.Builder b = Lexer.builder("terraform");
        b.state("string")
                .rule("\"", STRING_DOUBLE, "#pop")
                .rule("\\\\\\\\|\\\\\\\\\"", STRING_DOUBLE)
                .rule("\\$\\{", STRING_INTERPOL, "interpolation")
                .rule("\\$|[^\"\\\\$]+", STRING_DOUBLE);
        b.state("root")
                .rule("[\\[\\](),.{}]", PUNCTUATION)
                .rule("-?[0-9]+", NUMBER)
                .rule("=>", PUNCTUATION)
                .rule("(?:false|true)\\b", KEYWORD_CONSTANT)
                .rule("/(?s)\\*(?:(?!\\*/).)*\\*/", COMMENT_MULTILINE)
                .rule("\\s*(?:#|//).*\\n", COMMENT_SINGLE)
                .groups("([a-zA-Z]\\w*)(\\s*)(=(?!>))", NAME_ATTRIBUTE, TEXT, TEXT)
                .rule("^\\s*(?:provisioner|variable|resource|provider|module|output|data)\\b", KEYWORD_RESERVED)
                // Chroma matches these as prefixes (no word boundary before, or none at all)
                .rule("(?:for|in)\\b", KEYWORD)
                .rule("module|count|data|each|var", NAME_BUILTIN)
                .rule("(?:" + NUMERIC + "|" + STRINGS + ")\\b", NAME_BUILTIN)
                // and these together with the character before them, unless it is a dot
                .rule("[^.](?:" + COLLECTIONS + "|" + ENCODING + ")\\b", NAME_BUILTIN)
                .rule(
                        "(?:" + FILES + "|" + TIME + "|" + HASHES + "|" + NETWORK + "|" + CONVERSION + ")\\b",
                        NAME_BUILTIN)
                .rule("=(?!>)|\\+|-|\\*|/|:|!|%|>|<(?!<)|>=|<=|==|!=|&&|\\||\\?", OPERATOR)
                .rule("\\n|\\s+|\\\\\\n", TEXT)
                .rule("[a-zA-Z]\\w*", NAME_OTHER)
                .rule("\"", STRING_DOUBLE, "string")
                .groups("(?s)(<<-?)(\\w+)(\\n\\s*(?:(?!\\2).)*\\s*\\n\\s*)(\\2)", OPERATOR, OPERATOR, STRING, OPERATOR);
        b.state("interpolation").rule("\\}", STRING_INTERPOL, "#pop").include("root");
        return b.build();
    }
}
