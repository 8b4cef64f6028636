package site.api.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code If-Match} precondition (RFC 9110 section 13.1.1) over strong entity tags made from a version number.
 * {@code *} matches any current representation; a list matches when one of its strong tags is the current one
 * (weak tags never match: If-Match uses the strong comparison).
 *
 * @param present whether the request carried If-Match at all
 * @param any     whether it was {@code *}
 * @param tags    the strong tags listed, quotes included
 */
public record IfMatch(boolean present, boolean any, List<String> tags) {
    public static final IfMatch ABSENT = new IfMatch(false, false, List.of());
    private static final String HEADER = "If-Match";

    public IfMatch {
        tags = List.copyOf(tags);
    }

    /** The strong entity tag of a resource at {@code version}, for example {@code "7"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Sets the {@code ETag} response header. */
    public static void setETag(HttpServerExchange exchange, long version) {
        exchange.getResponseHeaders().put(Headers.ETAG, etag(version));
    }

    /** Reads every If-Match line of the request; a malformed value is a 400 naming the header. */
    public static IfMatch of(HttpServerExchange exchange) {
        HeaderValues lines = exchange.getRequestHeaders().get(Headers.IF_MATCH);
        if (lines == null || lines.isEmpty()) return ABSENT;
        return parse(String.join(",", lines));
    }

    public static IfMatch parse(String value) {
        if (value.strip().equals("*")) return new IfMatch(true, true, List.of());
        List<String> strong = new ArrayList<>();
        int listed = 0;
        for (String element : value.split(",", -1)) {
            String tag = element.strip();
            if (tag.isEmpty()) continue; // RFC 9110 list syntax allows empty elements
            boolean weak = tag.startsWith("W/");
            String opaque = weak ? tag.substring(2) : tag;
            if (!isOpaqueTag(opaque)) throw malformed();
            listed++;
            if (!weak) strong.add(opaque);
        }
        if (listed == 0) throw malformed();
        return new IfMatch(true, false, strong);
    }

    /** True when a resource currently at {@code version} satisfies the precondition (always, when absent). */
    public boolean matches(long version) {
        return !present || any || tags.contains(etag(version));
    }

    /**
     * The version an update must still find to honour this precondition, checked against {@code current} now:
     * null when no particular version is required (no header, or {@code *} for a resource that exists).
     *
     * @throws ApiException 412 when the current version does not match
     */
    public Long requireVersion(long current, String what) {
        if (!matches(current)) {
            throw ApiException.of(
                    ErrorCode.PRECONDITION_FAILED, what + " is at " + etag(current) + ", not the version in If-Match");
        }
        return present && !any ? current : null;
    }

    /** The 412 for a resource that changed between the check and the write. */
    public static ApiException changedMeanwhile(String what) {
        return ApiException.of(ErrorCode.PRECONDITION_FAILED, what + " changed meanwhile; read it again");
    }

    private static boolean isOpaqueTag(String tag) {
        if (tag.length() < 2 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') return false;
        for (int i = 1; i < tag.length() - 1; i++) {
            char c = tag.charAt(i);
            if (c == '"' || c < 0x21 || c == 0x7f) return false;
        }
        return true;
    }

    private static ApiException malformed() {
        return ApiException.badParameter(HEADER, "must be * or a list of entity tags such as \"3\"");
    }
}
