package site.api.auth;

import java.util.Optional;

/** Accounts, as the auth service needs them. */
public interface UserStore {
    Optional<User> findByUsername(String username);

    Optional<User> findById(long id);

    /** Creates the account, or returns empty when the username is taken. */
    Optional<User> create(String username, String passwordHash, Role role);

    void setRole(long id, Role role);

    /** Gives {@code username} the role, unless that would leave no admin; atomic against concurrent changes. */
    AccountChange changeRole(String username, Role role);

    /** Deletes the account (its posts and comments stay, owned by no one), unless it is the last admin. */
    AccountChange delete(String username);

    /** Ends every token issued to the account so far; false when there is no such account. */
    boolean revokeTokens(long id);

    /** What a change to an account came to. */
    enum AccountChange {
        DONE,
        NOT_FOUND,
        LAST_ADMIN
    }
}
