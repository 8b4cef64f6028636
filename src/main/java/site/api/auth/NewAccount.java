package site.api.auth;

/** The body of an admin's account creation; role defaults to USER. */
public record NewAccount(String username, String password, Role role) {}
