package site.builder.output;

/** The redirect page Hugo writes for an alias: canonical link, noindex and an immediate refresh. */
public final class AliasWriter {
    private AliasWriter() {}

    public static String write(String permalink, String lang) {
        String url = Escape.htmlText(permalink);
        return "<!DOCTYPE html>\n"
                + "<html" + (lang.isEmpty() ? "" : " lang=\"" + Escape.htmlText(lang) + "\"") + ">\n"
                + "  <head>\n"
                + "    <title>" + url + "</title>\n"
                + "    <link rel=\"canonical\" href=\"" + url + "\">\n"
                + "    <meta name=\"robots\" content=\"noindex\">\n"
                + "    <meta charset=\"utf-8\">\n"
                + "    <meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n"
                + "  </head>\n"
                + "</html>\n";
    }
}
