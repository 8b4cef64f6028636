package site.builder.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's path as a file of the built site ("posts/x/index.html" keys), or nothing. The raw URI is decoded
 * here once, so "..", "%2e%2e", "%2F" and backslashes are judged after decoding: any segment that would climb
 * out ("..") or that has no place in a site path (".", empty inside the path, a NUL, a backslash) makes the
 * request a 404, whatever the files are.
 */
final class RequestPath {
    private RequestPath() {}

    /** The decoded path without its leading slash ("" for the root), or empty when it is not a site path. */
    static Optional<String> of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) return Optional.empty();
        String path = decoded.get();
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return Optional.empty();
        String inner = path.substring(1);
        if (inner.isEmpty()) return Optional.of("");
        String[] segments = (inner.endsWith("/") ? inner.substring(0, inner.length() - 1) : inner).split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return Optional.empty();
        }
        return Optional.of(inner);
    }

    /** Percent-decoding of a path (a '+' stays a '+'); malformed escapes or bytes that are not UTF-8 give nothing. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16), lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
