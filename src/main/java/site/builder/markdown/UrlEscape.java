package site.builder.markdown;

import java.nio.charset.StandardCharsets;

/** goldmark's URLEscape and IsDangerousURL: what link and image destinations look like in Hugo's HTML. */
final class UrlEscape {
    /** Bytes written as they are; everything else is percent-encoded (space as %20). */
    private static final String SAFE = "!#$&'()*+,-./:;=?@_~";

    private UrlEscape() {}

    /** Unescapes backslashes and entities (as goldmark does for link destinations), then escapes. */
    static String destination(String raw) {
        return escape(Unescape.text(raw));
    }

    static String escape(String url) {
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x80 && (Character.isLetterOrDigit(b) || SAFE.indexOf(b) >= 0)) {
                out.append((char) b);
            } else if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1])) {
                // goldmark checks only the first of the two hex digits.
                out.append('%');
            } else if (b == ' ') {
                out.append("%20");
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** javascript:, vbscript:, file: and data: (except raster and SVG images) are dropped unless unsafe. */
    static boolean isDangerous(String url) {
        if (url.startsWith("data:image/")) {
            String v = url.substring(11);
            return !(v.startsWith("png;")
                    || v.startsWith("gif;")
                    || v.startsWith("jpeg;")
                    || v.startsWith("webp;")
                    || v.startsWith("svg+xml;"));
        }
        return url.startsWith("javascript:")
                || url.startsWith("vbscript:")
                || url.startsWith("file:")
                || url.startsWith("data:");
    }
}
