package site.builder.markdown.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The languages we highlight, by Chroma's names and aliases; lexers are built once and shared (they are immutable). */
public final class Lexers {
    private static final Map<String, Lexer> BY_NAME = new HashMap<>();

    static {
        add(JavaLexer::lexer, "java");
        add(KotlinLexer::lexer, "kotlin", "kt");
        add(GoLexer::lexer, "go", "golang");
        add(CLexers::c, "c", "h");
        add(CSharpLexer::lexer, "csharp", "c#", "cs");
        add(CLexers::cpp, "cpp", "c++", "cc", "cxx", "hpp", "hh");
        add(RustLexer::lexer, "rust", "rs");
        add(JavaScriptLexer::lexer, "javascript", "js", "mjs", "cjs");
        add(JavaScriptLexer::react, "react", "jsx");
        add(TypeScriptLexer::lexer, "typescript", "ts", "tsx");
        add(ScriptLexers::bash, "bash", "sh", "shell", "zsh", "ksh");
        add(ScriptLexers::console, "console", "shell-session");
        add(PythonLexer::lexer, "python", "py", "py3", "python3", "sage");
        add(RubyLexer::lexer, "ruby", "rb", "duby");
        add(SqlLexers::sql, "sql");
        add(PostgresLexer::lexer, "postgresql", "postgres");
        add(PostgresLexer::plpgsql, "plpgsql");
        add(SqlLexers::mysql, "mysql", "mariadb");
        add(DockerfileLexer::lexer, "docker", "dockerfile");
        add(NginxLexer::lexer, "nginx");
        add(HclLexers::hcl, "hcl");
        add(HclLexers::terraform, "terraform", "tf");
        add(OpsConfigLexers::promql, "promql");
        add(OpsConfigLexers::apache, "apacheconf", "aconf", "apache");
        add(GroovyLexer::lexer, "groovy");
        add(HttpLexer::lexer, "http");
        add(PhpLexer::lexer, "php", "php3", "php4", "php5");
        add(VimLexer::lexer, "vim", "viml", "vimrc");
        add(LuaLexer::lexer, "lua");
        add(CMakeLexer::lexer, "cmake");
        add(SchemaLexers::graphql, "graphql", "graphqls", "gql");
        add(SchemaLexers::protobuf, "protobuf", "proto");
        add(SystemdLexer::lexer, "systemd");
        add(MakefileLexer::lexer, "makefile", "make", "mf", "bsdmake", "mk", "mak");
        add(PowerShellLexer::lexer, "powershell", "posh", "ps1", "psm1", "psd1", "pwsh");
        add(DataLexers::json, "json");
        add(YamlLexer::lexer, "yaml", "yml");
        add(DataLexers::toml, "toml");
        add(IniLexers::ini, "ini", "cfg", "dosini");
        add(IniLexers::properties, "properties", "java-properties");
        add(HtmlLexer::lexer, "html", "htm");
        add(XmlLexer::lexer, "xml", "svg", "xsl", "rss");
        add(CssLexer::lexer, "css");
        add(ScssLexer::lexer, "scss");
        add(MarkdownLexer::lexer, "markdown", "md", "mkd");
        add(DataLexers::diff, "diff", "patch", "udiff");
        add(
                () -> Lexer.builder("plaintext")
                        .state("root")
                        .rule("[\\s\\S]++", TokenType.TEXT)
                        .build(),
                "plaintext",
                "text",
                "txt",
                "plain",
                "no-highlight");
    }

    private Lexers() {}

    private static void add(Supplier<Lexer> lexer, String... names) {
        Lexer built = lexer.get();
        for (String name : names) BY_NAME.put(name, built);
    }

    /** The lexer of each name, by name. */
    static Map<String, Lexer> byName() {
        return Map.copyOf(BY_NAME);
    }

    /** The lexer for a code fence's language (case-insensitive), or empty for an unknown one. */
    public static Optional<Lexer> find(String language) {
        if (language == null || language.isEmpty()) return Optional.empty();
        return Optional.ofNullable(BY_NAME.get(language.toLowerCase(Locale.ROOT)));
    }
}
