package site.api.auth;

/** Who may create an account: anyone (OPEN), or only admins through {@code POST /api/admin/users} (CLOSED). */
public enum SignupMode {
    OPEN,
    CLOSED
}
