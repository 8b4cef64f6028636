package site.builder.markdown.highlight;

/**
 * PostgreSQL's key words as Hugo 0.111.3 highlights them in a {@code postgresql} block: a candidate list (the
 * SQL word lists here, PostgreSQL's key words (src/include/parser/kwlist.h), PL/pgSQL's key words
 * (src/pl/plpgsql/src/pl_*_kwlist.h) and the words of the SQL corpus samples) highlighted by Hugo, narrowed to the
 * words it marks as key words by scripts/record-keywords.sh.
 */
final class PostgresWords {
    private PostgresWords() {}

    static final String KEYWORDS =
            "current_timestamp|characteristics|current_catalog|current_schema|localtimestamp|authorization|"
                    + "configuration|xmlattributes|concurrently|current_date|current_role|current_time|current_user|"
                    + "materialized|serializable|session_user|xmlserialize|constraints|insensitive|transaction|uncommitted|"
                    + "unencrypted|assignment|asymmetric|checkpoint|connection|constraint|conversion|deallocate|deferrable|"
                    + "delimiters|dictionary|lc_collate|ordinality|privileges|procedural|references|repeatable|standalone|"
                    + "statistics|tablespace|whitespace|xmlelement|aggregate|assertion|attribute|collation|committed|delimiter|"
                    + "encrypted|excluding|exclusive|extension|following|functions|immediate|immutable|including|increment|"
                    + "initially|intersect|isolation|leakproof|localtime|partition|preceding|precision|procedure|recursive|"
                    + "returning|savepoint|sequences|statement|substring|symmetric|temporary|unbounded|validator|xmlconcat|"
                    + "xmlexists|xmlforest|absolute|backward|cascaded|coalesce|comments|continue|database|defaults|deferred|"
                    + "distinct|document|encoding|external|function|greatest|identity|implicit|inherits|language|lc_ctype|"
                    + "location|maxvalue|minvalue|national|operator|overlaps|password|position|prepared|preserve|reassign|"
                    + "relative|restrict|rollback|security|sequence|snapshot|template|trailing|truncate|unlisten|unlogged|"
                    + "validate|variadic|volatile|xmlparse|analyse|analyze|between|cascade|catalog|cluster|collate|comment|"
                    + "content|current|declare|default|definer|disable|discard|exclude|execute|explain|extract|foreign|forward|"
                    + "granted|handler|indexes|inherit|instead|invoker|lateral|leading|mapping|natural|nothing|notnull|options|"
                    + "overlay|partial|passing|placing|prepare|primary|program|recheck|refresh|reindex|release|replace|replica|"
                    + "restart|returns|session|similar|storage|trigger|trusted|unknown|varying|verbose|version|without|wrapper|"
                    + "xmlroot|access|action|always|before|binary|called|column|commit|create|cursor|delete|domain|double|"
                    + "enable|escape|except|exists|family|filter|freeze|global|having|header|inline|insert|isnull|listen|"
                    + "minute|notify|nowait|nullif|object|offset|option|parser|policy|rename|revoke|schema|scroll|search|"
                    + "second|select|server|simple|stable|stdout|strict|system|tables|unique|update|vacuum|values|window|"
                    + "within|abort|admin|after|alter|array|begin|cache|chain|check|class|close|cross|cycle|event|false|fetch|"
                    + "first|float|force|grant|group|ilike|index|inner|inout|input|label|large|least|level|limit|local|match|"
                    + "month|names|nchar|nulls|order|outer|owned|owner|plans|prior|quote|range|reset|right|setof|share|start|"
                    + "stdin|strip|sysid|table|treat|types|union|until|using|valid|value|views|where|write|xmlpi|also|both|"
                    + "case|cast|copy|cost|data|desc|drop|each|else|enum|from|full|hold|hour|into|join|last|left|like|load|"
                    + "lock|mode|move|name|next|none|null|oids|only|over|read|role|rows|rule|show|some|temp|then|trim|true|"
                    + "type|user|view|when|with|work|year|zone|add|all|and|any|asc|csv|day|dec|end|for|key|not|off|out|ref|row|"
                    + "set|yes|as|at|by|do|if|in|is|no|of|on|or|to";

    /**
     * PL/pgSQL's key words as Hugo highlights them in a {@code plpgsql} block or a {@code LANGUAGE plpgsql} body:
     * the same candidates plus PL/pgSQL's own key words, narrowed the same way. Chroma's list for this dialect
     * differs from the PostgreSQL one (RAISE, PERFORM, LOOP, ELSIF, EXCEPTION are key words here, not there).
     */
    static final String PLPGSQL_KEYWORDS =
            "current_timestamp|characteristics|current_catalog|current_schema|localtimestamp|authorization|"
                    + "configuration|xmlattributes|concurrently|current_date|current_role|current_time|current_user|"
                    + "materialized|serializable|session_user|xmlserialize|constraints|diagnostics|insensitive|transaction|"
                    + "uncommitted|unencrypted|assignment|asymmetric|checkpoint|connection|constraint|conversion|deallocate|"
                    + "deferrable|delimiters|dictionary|lc_collate|ordinality|privileges|procedural|references|repeatable|"
                    + "standalone|statistics|tablespace|whitespace|xmlelement|aggregate|assertion|attribute|collation|"
                    + "committed|delimiter|encrypted|exception|excluding|exclusive|extension|following|functions|immediate|"
                    + "immutable|including|increment|initially|intersect|isolation|leakproof|localtime|partition|preceding|"
                    + "precision|procedure|recursive|returning|savepoint|sequences|statement|substring|symmetric|temporary|"
                    + "unbounded|validator|xmlconcat|xmlexists|xmlforest|absolute|backward|cascaded|coalesce|comments|constant|"
                    + "continue|database|defaults|deferred|distinct|document|encoding|external|function|greatest|identity|"
                    + "implicit|inherits|language|lc_ctype|location|maxvalue|minvalue|national|operator|overlaps|password|"
                    + "position|prepared|preserve|reassign|relative|restrict|rollback|security|sequence|snapshot|sqlstate|"
                    + "template|trailing|truncate|unlisten|unlogged|validate|variadic|volatile|xmlparse|analyse|analyze|"
                    + "between|cascade|catalog|cluster|collate|comment|content|current|declare|default|definer|disable|discard|"
                    + "exclude|execute|explain|extract|foreach|foreign|forward|granted|handler|indexes|inherit|instead|invoker|"
                    + "lateral|leading|mapping|natural|nothing|notnull|options|overlay|partial|passing|perform|placing|prepare|"
                    + "primary|program|recheck|refresh|reindex|release|replace|replica|restart|returns|reverse|session|similar|"
                    + "storage|trigger|trusted|unknown|varying|verbose|version|without|wrapper|xmlroot|access|action|always|"
                    + "before|binary|called|column|commit|create|cursor|delete|domain|double|enable|escape|except|exists|"
                    + "family|filter|freeze|global|having|header|inline|insert|isnull|listen|minute|notice|notify|nowait|"
                    + "nullif|object|offset|option|parser|policy|rename|return|revoke|schema|scroll|search|second|select|"
                    + "server|simple|stable|stdout|strict|system|tables|unique|update|vacuum|values|window|within|abort|admin|"
                    + "after|alias|alter|array|begin|cache|chain|check|class|close|cross|cycle|elsif|event|false|fetch|first|"
                    + "float|force|grant|group|ilike|index|inner|inout|input|label|large|least|level|limit|local|match|month|"
                    + "names|nchar|nulls|order|outer|owned|owner|plans|prior|query|quote|raise|range|reset|right|setof|share|"
                    + "start|stdin|strip|sysid|table|treat|types|union|until|using|valid|value|views|where|while|write|xmlpi|"
                    + "also|both|case|cast|copy|cost|data|desc|drop|each|else|enum|exit|from|full|hold|hour|into|join|last|"
                    + "left|like|load|lock|loop|mode|move|name|next|none|null|oids|only|open|over|read|role|rows|rule|show|"
                    + "some|temp|then|trim|true|type|user|view|when|with|work|year|zone|add|all|and|any|asc|csv|day|dec|end|"
                    + "for|get|key|not|off|out|ref|row|set|yes|as|at|by|do|if|in|is|no|of|on|or|to";

    /** Type names Chroma's PostgreSQL lexer marks as builtins, several words long where PostgreSQL's are. */
    static final String TYPES =
            "anyarray|anyelement|anyenum|anynonarray|anyrange|bigint|bigserial|bit|bit\\s+varying|bool|"
                    + "boolean|box|bytea|char|character|character\\s+varying|cidr|circle|cstring|date|decimal|double\\s+precision|"
                    + "fdw_handler|float4|float8|inet|int|int2|int4|int8|integer|internal|interval|json|jsonb|language_handler|"
                    + "line|lseg|macaddr|money|numeric|opaque|path|pg_lsn|point|polygon|real|record|serial|serial2|serial4|"
                    + "serial8|smallint|smallserial|text|time|timestamp|timestamptz|timetz|tsquery|tsvector|txid_snapshot|uuid|"
                    + "varbit|varchar|void|with\\s+time\\s+zone|without\\s+time\\s+zone|xml";
}
