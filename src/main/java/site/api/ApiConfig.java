package site.api;

import site.api.auth.AuthConfig;
import site.api.comments.CommentsConfig;
import site.api.http.BodyLimits;
import site.api.http.LimitsConfig;
import site.api.store.DatabaseConfig;

/** Everything the API needs to run; cli builds it from flags, environment and defaults. */
public record ApiConfig(
        DatabaseConfig database,
        AuthConfig auth,
        LimitsConfig limits,
        BodyLimits body,
        CommentsConfig comments,
        String version) {

    /** With the default body limits. */
    public ApiConfig(
            DatabaseConfig database, AuthConfig auth, LimitsConfig limits, CommentsConfig comments, String version) {
        this(database, auth, limits, BodyLimits.defaults(), comments, version);
    }
}
