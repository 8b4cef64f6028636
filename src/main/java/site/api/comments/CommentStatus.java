package site.api.comments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a comment is in moderation: only APPROVED ones are public. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    DELETED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "pending", "approved" or "deleted"; anything else is null, which validation reports. */
    @JsonCreator
    public static CommentStatus parse(String text) {
        for (CommentStatus status : values()) if (status.json().equals(text)) return status;
        return null;
    }
}
