package site.builder.content;

/** Hugo's page kinds, with the names templates and config use. */
public enum Kind {
    HOME("home"),
    SECTION("section"),
    PAGE("page"),
    TAXONOMY("taxonomy"),
    TERM("term"),
    NOT_FOUND("404");

    private final String hugoName;

    Kind(String hugoName) {
        this.hugoName = hugoName;
    }

    public String hugoName() {
        return hugoName;
    }

    /** Kinds that list other pages and can paginate. */
    public boolean isList() {
        return this != PAGE && this != NOT_FOUND;
    }
}
