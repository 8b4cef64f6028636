package site.api.board;

/** A post's editable fields after validation and defaults, ready to store. */
public record PostDraft(String title, String content, String author) {}
