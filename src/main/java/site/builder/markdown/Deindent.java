package site.builder.markdown;

/** Hugo's InnerDeindent: removes the indentation all non-blank lines share. */
final class Deindent {
    private Deindent() {}

    static String of(String text) {
        String[] lines = text.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank()) continue;
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) indent++;
            common = Math.min(common, indent);
        }
        if (common == 0 || common == Integer.MAX_VALUE) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(lines[i].length() >= common ? lines[i].substring(common) : lines[i].strip());
        }
        return out.toString();
    }
}
