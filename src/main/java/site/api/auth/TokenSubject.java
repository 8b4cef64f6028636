package site.api.auth;

/** What a valid token proves: the account it was issued to and that account's token version at the time. */
public record TokenSubject(long userId, long tokenVersion) {}
