package site.builder.markdown.highlight;

/**
 * The token types our lexers emit, with Chroma's CSS class names (so Chroma themes style them) and Chroma's
 * hierarchy (a type falls back to its parent when a style has no entry for it).
 */
public enum TokenType {
    TEXT("", null),
    WHITESPACE("w", null),
    ERROR("err", null),
    /** Text a lexer leaves to another one (Chroma's Other, which its delegating lexers hand on); never written. */
    OTHER("x", null),
    KEYWORD("k", null),
    KEYWORD_CONSTANT("kc", KEYWORD),
    KEYWORD_DECLARATION("kd", KEYWORD),
    KEYWORD_NAMESPACE("kn", KEYWORD),
    KEYWORD_PSEUDO("kp", KEYWORD),
    KEYWORD_RESERVED("kr", KEYWORD),
    KEYWORD_TYPE("kt", KEYWORD),
    NAME("n", null),
    NAME_ATTRIBUTE("na", NAME),
    NAME_BUILTIN("nb", NAME),
    NAME_BUILTIN_PSEUDO("bp", NAME),
    NAME_CLASS("nc", NAME),
    NAME_CONSTANT("no", NAME),
    NAME_DECORATOR("nd", NAME),
    NAME_ENTITY("ni", NAME),
    NAME_EXCEPTION("ne", NAME),
    NAME_FUNCTION("nf", NAME),
    NAME_PROPERTY("py", NAME),
    NAME_LABEL("nl", NAME),
    NAME_NAMESPACE("nn", NAME),
    NAME_OTHER("nx", NAME),
    NAME_TAG("nt", NAME),
    NAME_VARIABLE("nv", NAME),
    NAME_FUNCTION_MAGIC("fm", NAME),
    NAME_VARIABLE_MAGIC("vm", NAME),
    NAME_VARIABLE_CLASS("vc", NAME_VARIABLE),
    NAME_VARIABLE_GLOBAL("vg", NAME_VARIABLE),
    NAME_VARIABLE_INSTANCE("vi", NAME_VARIABLE),
    /** Chroma's NameOperator has no class of its own: written with its parent's. */
    NAME_OPERATOR("n", NAME),
    /** Chroma's NamePseudo (SCSS's true and false) has no class of its own either. */
    NAME_PSEUDO("n", NAME),
    LITERAL("l", null),
    LITERAL_DATE("ld", LITERAL),
    STRING("s", LITERAL),
    STRING_BACKTICK("sb", STRING),
    STRING_CHAR("sc", STRING),
    STRING_DOUBLE("s2", STRING),
    STRING_ESCAPE("se", STRING),
    STRING_HEREDOC("sh", STRING),
    STRING_INTERPOL("si", STRING),
    STRING_REGEX("sr", STRING),
    STRING_SINGLE("s1", STRING),
    STRING_SYMBOL("ss", STRING),
    STRING_DOC("sd", STRING),
    STRING_AFFIX("sa", STRING),
    STRING_DELIMITER("dl", STRING),
    STRING_OTHER("sx", STRING),
    NUMBER("m", LITERAL),
    NUMBER_BIN("mb", NUMBER),
    NUMBER_FLOAT("mf", NUMBER),
    NUMBER_HEX("mh", NUMBER),
    NUMBER_INTEGER("mi", NUMBER),
    NUMBER_OCT("mo", NUMBER),
    OPERATOR("o", null),
    OPERATOR_WORD("ow", OPERATOR),
    PUNCTUATION("p", null),
    COMMENT("c", null),
    COMMENT_HASHBANG("ch", COMMENT),
    COMMENT_MULTILINE("cm", COMMENT),
    COMMENT_PREPROC("cp", COMMENT),
    COMMENT_PREPROC_FILE("cpf", COMMENT_PREPROC),
    COMMENT_SINGLE("c1", COMMENT),
    COMMENT_SPECIAL("cs", COMMENT),
    GENERIC("g", null),
    GENERIC_DELETED("gd", GENERIC),
    GENERIC_EMPH("ge", GENERIC),
    GENERIC_HEADING("gh", GENERIC),
    GENERIC_INSERTED("gi", GENERIC),
    GENERIC_OUTPUT("go", GENERIC),
    GENERIC_PROMPT("gp", GENERIC),
    GENERIC_STRONG("gs", GENERIC),
    GENERIC_SUBHEADING("gu", GENERIC);

    private final String cssClass;
    private final TokenType parent;

    TokenType(String cssClass, TokenType parent) {
        this.cssClass = cssClass;
        this.parent = parent;
    }

    /** Chroma's class, "" for plain text (written without a span). */
    public String cssClass() {
        return cssClass;
    }

    public TokenType parent() {
        return parent;
    }
}
