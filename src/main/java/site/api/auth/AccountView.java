package site.api.auth;

/** An account as the API shows it: never the hash. */
public record AccountView(long id, String username, Role role) {
    static AccountView of(User user) {
        return new AccountView(user.id(), user.username(), user.role());
    }
}
