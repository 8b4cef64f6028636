package site.api.auth;

import java.util.Optional;

/** Accounts, as the auth service needs them. */
public interface UserStore {
    Optional<User> findByUsername(String username);

    Optional<User> findById(long id);

    /** Creates the account, or returns empty when the username is taken. */
    Optional<User> create(String username, String passwordHash, Role role);

    void setRole(long id, Role role);
}
