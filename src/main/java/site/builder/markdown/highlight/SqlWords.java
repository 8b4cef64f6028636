package site.builder.markdown.highlight;

/**
 * SQL word lists: the SQL standard's key words (with PostgreSQL's additions) and MySQL's reserved words,
 * narrowed to the words that Hugo 0.111.3 highlights as such (checked by highlighting a candidate list with Hugo).
 */
final class SqlWords {
    private SqlWords() {}

    /** Key words of standard SQL. */
    static final String STANDARD_KEYWORDS =
            "datetime_interval_precision|user_defined_type_catalog|transactions_rolled_back|"
                    + "user_defined_type_schema|datetime_interval_code|transactions_committed|user_defined_type_name|"
                    + "character_set_catalog|command_function_code|dynamic_function_code|returned_octet_length|"
                    + "character_set_schema|message_octet_length|character_set_name|constraint_catalog|transaction_active|"
                    + "collation_catalog|constraint_schema|current_timestamp|returned_sqlstate|character_length|"
                    + "collation_schema|command_function|condition_number|dynamic_function|characteristics|connection_name|"
                    + "constraint_name|returned_length|routine_catalog|subclass_origin|timezone_minute|trigger_catalog|"
                    + "collation_name|implementation|localtimestamp|message_length|parameter_mode|routine_schema|"
                    + "trigger_schema|authorization|deterministic|specific_name|timezone_hour|catalog_name|class_origin|"
                    + "current_date|current_path|current_role|current_time|current_user|instantiable|message_text|"
                    + "nocreateuser|octet_length|routine_name|serializable|session_user|specifictype|sqlexception|"
                    + "trigger_name|cardinality|char_length|column_name|constraints|constructor|cursor_name|diagnostics|"
                    + "insensitive|lancompiler|referencing|schema_name|server_name|sqlwarninig|system_user|transaction|"
                    + "translation|uncommitted|unencrypted|asensitive|assignment|asymmetric|bit_length|checkpoint|"
                    + "completion|connection|constraint|conversion|createuser|deallocate|deferrable|delimiters|descriptor|"
                    + "destructor|dictionary|disconnect|inditcator|initialize|key_member|nocreatedb|ordinality|overriding|"
                    + "parameters|privileges|procedural|references|repeatable|save_point|statistics|table_name|transforms|"
                    + "aggregate|assertion|collation|committed|delimiter|encrypted|exception|excluding|exclusive|generated|"
                    + "hierarchy|immediate|immutable|including|increment|initially|intersect|isolation|localtime|operation|"
                    + "parameter|precision|procedure|recursive|row_count|sensitive|statement|structure|substring|symmetric|"
                    + "temporary|terminate|timestamp|transform|translate|validator|absolute|allocate|backward|cascaded|"
                    + "contains|continue|createdb|database|defaults|deferred|describe|dispatch|distinct|encoding|end-exec|"
                    + "existing|external|function|grouping|identity|implicit|inherits|key_type|language|location|maxvalue|"
                    + "minvalue|modifies|national|nullable|operator|overlaps|position|preorder|preserve|relative|restrict|"
                    + "rollback|security|specific|sqlerror|sqlstate|template|trailing|truncate|unlisten|variable|volatile|"
                    + "whenever|analyse|analyze|between|breadth|cascade|catalog|checked|cluster|collate|comment|connect|"
                    + "convert|current|declare|default|defined|definer|destroy|dynamic|execute|explain|extract|foreign|"
                    + "fortran|forward|general|granted|handler|instead|invoker|iterate|lateral|leading|locator|natural|"
                    + "nothing|notnull|options|overlay|partial|pendant|placing|postfix|prepare|primary|recheck|reindex|"
                    + "replace|restart|returns|routine|session|similar|sqlcode|storage|sublist|trigger|trusted|unknown|"
                    + "unnamed|verbose|version|without|access|atomic|before|bitvar|called|column|commit|create|cursor|"
                    + "delete|domain|equals|escape|except|exists|freeze|global|having|ignore|insert|isnull|length|listen|"
                    + "method|minute|modify|notify|nullif|object|offset|option|output|pascal|prefix|public|rename|result|"
                    + "return|revoke|rollup|schema|scroll|search|second|select|simple|source|stable|static|stdout|strict|"
                    + "system|unique|unnest|update|vacuum|values|abort|admin|after|alias|alter|begin|cache|chain|check|"
                    + "class|close|cobol|count|cross|cycle|deref|elsif|every|false|fetch|final|first|force|found|grant|"
                    + "group|ilike|index|infix|inner|inout|input|large|level|limit|local|lower|match|month|mumps|names|"
                    + "nchar|nclob|order|outer|owner|prior|reads|reset|right|scale|scope|setof|share|space|start|state|"
                    + "stdin|stype|sysid|table|toast|treat|under|union|until|upper|usage|using|valid|where|write|both|call|"
                    + "case|cast|clob|copy|cube|data|desc|drop|each|else|exec|free|from|full|goto|hold|host|into|join|last|"
                    + "left|less|like|load|lock|mode|more|move|next|none|null|oids|only|open|read|role|rows|rule|self|sets|"
                    + "show|size|some|than|then|trim|true|type|user|view|when|with|work|year|zone|abs|ada|add|all|and|any|"
                    + "are|asc|avg|day|end|for|get|key|map|max|min|mod|new|not|off|old|out|pad|pli|ref|row|set|sql|sum|as|"
                    + "at|by|do|go|if|in|is|no|of|on|or|to" + "|c|g";

    /** Standard SQL data types. */
    static final String STANDARD_TYPES =
            "character|interval|smallint|boolean|decimal|integer|numeric|serial8|varchar|varying|bigint|binary|"
                    + "number|serial|array|float|blob|char|date|int8|real|text|bit|dec|int";

    /** MySQL's reserved words. */
    static final String MYSQL_KEYWORDS =
            "sql_calc_found_rows|minute_microsecond|second_microsecond|current_timestamp|hour_microsecond|"
                    + "day_microsecond|localtimestamp|deterministic|high_priority|minute_second|straight_join|"
                    + "utc_timestamp|current_date|current_time|current_user|low_priority|sqlexception|hour_minute|"
                    + "hour_second|insensitive|asensitive|constraint|day_minute|day_second|identified|optionally|"
                    + "privileges|references|terminated|year_month|character|condition|databases|localtime|precision|"
                    + "procedure|sensitive|separator|continue|database|day_hour|describe|distinct|enclosed|fulltext|"
                    + "interval|modifies|optimize|restrict|specific|sqlstate|starting|trailing|unsigned|utc_date|utc_time|"
                    + "zerofill|analyze|between|cascade|collate|convert|declare|default|delayed|escaped|explain|foreign|"
                    + "iterate|leading|natural|outfile|primary|replace|require|schemas|spatial|trigger|varying|before|"
                    + "binary|change|column|create|cursor|delete|elseif|exists|float4|float8|having|ignore|infile|insert|"
                    + "option|regexp|rename|repeat|return|revoke|schema|select|unique|update|values|alter|check|cross|"
                    + "fetch|flush|force|grant|group|index|inner|inout|leave|limit|lines|match|order|outer|purge|reads|"
                    + "right|rlike|table|union|usage|using|where|while|write|both|call|case|desc|drop|each|else|exit|from|"
                    + "int1|int2|int3|int4|int8|into|join|keys|kill|left|like|load|lock|long|loop|read|show|then|undo|user|"
                    + "when|with|x509|add|all|and|asc|div|for|key|mod|not|out|sql|ssl|use|xor|as|by|if|in|is|on|or|to";

    /** MySQL data types. */
    static final String MYSQL_TYPES =
            "varcharacter|mediumblob|mediumtext|mediumint|timestamp|varbinary|datetime|longblob|longtext|"
                    + "smallint|tinyblob|tinytext|decimal|integer|numeric|tinyint|varchar|bigint|double|float|blob|bool|"
                    + "char|date|enum|real|text|time|year|bit|dec|int|set";
}
