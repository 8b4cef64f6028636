package site.api.auth;

/** The body of an admin's role change. */
public record RoleChange(Role role) {}
