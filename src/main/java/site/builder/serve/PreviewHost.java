package site.builder.serve;

/**
 * One address of the preview: a whole site is one; a site whose languages each have their own baseURL
 * (multihost) has one per language, each on a port of its own, as {@code hugo server} serves it.
 *
 * @param lang the language's key, "" for a whole site
 * @param folder the folder of the build served there: "" for a whole site, "en/" for a language
 * @param path the path the site is served under there, "/" or "/blog/"
 */
record PreviewHost(String lang, String folder, String path) {}
