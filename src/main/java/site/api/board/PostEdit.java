package site.api.board;

/** A partial update after validation: the fields to set, null for each field that keeps its stored value. */
public record PostEdit(String title, String content, String author) {

    boolean changesText() {
        return title != null || content != null;
    }
}
