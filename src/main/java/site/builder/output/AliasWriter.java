package site.builder.output;

import site.common.GoHtml;

/** The redirect page Hugo writes for an alias: canonical link, noindex and an immediate refresh. */
public final class AliasWriter {
    private AliasWriter() {}

    public static String write(String permalink, String lang) {
        String url = GoHtml.htmlTemplate(permalink);
        return "<!DOCTYPE html>\n"
                + "<html" + (lang.isEmpty() ? "" : " lang=\"" + GoHtml.htmlTemplate(lang) + "\"") + ">\n"
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
