package site.api.auth;

/** An account as the API shows it: never the hash. */
public record AccountResponse(long id, String username, Role role) {
    static AccountResponse of(User user) {
        return new AccountResponse(user.id(), user.username(), user.role());
    }
}
