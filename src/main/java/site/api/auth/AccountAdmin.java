package site.api.auth;

import site.api.auth.UserStore.AccountChange;
import site.api.http.ApiException;
import site.api.http.ErrorCode;

/**
 * What admins do to accounts: create (the way in when sign-up is closed), change roles, revoke tokens, delete.
 * The last admin can be neither demoted nor deleted. Changes are seen at once on this replica and within the
 * account cache's bound on the others.
 */
public final class AccountAdmin {
    private final UserStore users;
    private final AuthService auth;
    private final AccountCache accounts;

    public AccountAdmin(UserStore users, AuthService auth, AccountCache accounts) {
        this.users = users;
        this.auth = auth;
        this.accounts = accounts;
    }

    public AccountResponse create(NewAccount account) {
        Role role = account.role() == null ? Role.USER : account.role();
        return auth.create(new Credentials(account.username(), account.password()), role);
    }

    public AccountResponse changeRole(String username, RoleChange change) {
        if (change.role() == null) throw ApiException.invalid("role", "is required: USER or ADMIN");
        User user = existing(username);
        check(users.changeRole(username, change.role()), username, "demote");
        accounts.forget(user.id());
        return new AccountResponse(user.id(), user.username(), change.role());
    }

    public void delete(String username) {
        User user = existing(username);
        check(users.delete(username), username, "delete");
        accounts.forget(user.id());
    }

    public void revokeTokens(String username) {
        User user = existing(username);
        if (!users.revokeTokens(user.id())) throw missing(username);
        accounts.forget(user.id());
    }

    private User existing(String username) {
        return users.findByUsername(username).orElseThrow(() -> missing(username));
    }

    private static void check(AccountChange change, String username, String verb) {
        switch (change) {
            case DONE -> {}
            case NOT_FOUND -> throw missing(username);
            case LAST_ADMIN ->
                throw ApiException.of(
                        ErrorCode.CONFLICT,
                        "cannot " + verb + " " + username + ": it is the last admin; make another admin first");
        }
    }

    private static ApiException missing(String username) {
        return ApiException.notFound("no account named " + username);
    }
}
