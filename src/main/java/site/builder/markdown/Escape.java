package site.builder.markdown;

/** HTML escaping as goldmark does it: {@code & < > "} only. */
final class Escape {
    private Escape() {}

    static String html(CharSequence s) {
        StringBuilder out = null;
        char[] chars = s.toString().toCharArray(); // cheaper than charAt per character without C2
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep != null && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (rep != null) out.append(rep);
                else out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }
}
