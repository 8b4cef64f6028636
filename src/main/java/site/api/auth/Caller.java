package site.api.auth;

/** The authenticated user making a request: proven by their token, with the role their account has now. */
public record Caller(long userId, String username, Role role) {

    static Caller of(User user) {
        return new Caller(user.id(), user.username(), user.role());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when this caller may change something owned by {@code ownerId} (null: owned by no account). */
    public boolean mayChange(Long ownerId) {
        return isAdmin() || (ownerId != null && ownerId == userId);
    }
}
