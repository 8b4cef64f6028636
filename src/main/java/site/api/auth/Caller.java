package site.api.auth;

/** The authenticated user making a request, as proven by their token. */
public record Caller(long userId, String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when this caller may change something owned by {@code ownerId} (null: owned by no account). */
    public boolean mayChange(Long ownerId) {
        return isAdmin() || (ownerId != null && ownerId == userId);
    }
}
