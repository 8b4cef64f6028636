package site.api.auth;

/** What a user may do: USER writes and edits their own things, ADMIN anything. */
public enum Role {
    USER,
    ADMIN
}
