package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.api.ApiConfig;
import site.api.auth.AuthConfig;
import site.api.auth.LoginThrottle;
import site.api.auth.SignupMode;
import site.api.http.LimitsConfig;

class ApiSettingsTest {
    @Test
    void withoutADatabaseUrlTheDefaultIsAnH2FileUnderTheDataDirectory() {
        ApiConfig config = new ApiSettings(Map.of()).config(Path.of("/srv/site-data"), "1");
        assertTrue(
                config.database().url().startsWith("jdbc:h2:file:/srv/site-data/site;MODE=MySQL"),
                config.database().url());
    }

    @Test
    void springDatasourceVariablesAreHonoured() {
        ApiConfig config = new ApiSettings(Map.of(
                        "SPRING_DATASOURCE_URL",
                        "jdbc:mysql://db:3306/board",
                        "SPRING_DATASOURCE_USERNAME",
                        "board",
                        "SPRING_DATASOURCE_PASSWORD",
                        "pw"))
                .config(Path.of("d"), "1");
        assertEquals("jdbc:mysql://db:3306/board", config.database().url());
        assertEquals("board", config.database().username());
        assertEquals("pw", config.database().password());
    }

    @Test
    void siteVariablesWinOverSpringOnes() {
        ApiSettings settings = new ApiSettings(Map.of(
                "SITE_DB_URL",
                "jdbc:mysql://a/x",
                "SPRING_DATASOURCE_URL",
                "jdbc:mysql://b/y",
                "SITE_CORS_ORIGINS",
                "https://a.example, https://b.example",
                "SITE_ADMIN_USERNAME",
                "root"));
        ApiConfig config = settings.config(Path.of("d"), "1");
        assertEquals("jdbc:mysql://a/x", config.database().url());
        assertEquals(
                List.of("https://a.example", "https://b.example"),
                config.limits().corsOrigins());
        assertEquals("root", config.auth().adminUsername());
    }

    @Test
    void badNumbersNameTheVariable() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new ApiSettings(Map.of("SITE_WRITES_PER_MINUTE", "lots")).limits());
        assertTrue(e.getMessage().contains("SITE_WRITES_PER_MINUTE"));
    }

    @Test
    void authDefaultsAreOpenSignupA2SecondAccountCacheAndNoRuntimeInInfo() {
        AuthConfig auth = new ApiSettings(Map.of()).auth();
        assertEquals(SignupMode.OPEN, auth.signup());
        assertEquals(Duration.ofSeconds(2), auth.accountCacheBound());
        assertEquals(Duration.ofHours(8), auth.tokenLifetime());
        assertEquals(LoginThrottle.Policy.defaults(), auth.loginThrottle());
        assertEquals(1, auth.hashThreads());
        assertEquals(2, auth.hashQueue());
        assertEquals(false, auth.infoShowsRuntime());
        assertEquals(
                LimitsConfig.RateState.AUTO, new ApiSettings(Map.of()).limits().rateState());
    }

    @Test
    void authSettingsAreReadFromTheEnvironment() {
        ApiSettings settings = new ApiSettings(Map.of(
                "SITE_SIGNUP",
                "Closed",
                "SITE_ACCOUNT_CACHE_MILLIS",
                "0",
                "SITE_LOGIN_FREE_FAILURES",
                "3",
                "SITE_LOGIN_MAX_DELAY_SECONDS",
                "30",
                "SITE_HASH_THREADS",
                "2",
                "SITE_HASH_QUEUE",
                "4",
                "SITE_INFO_RUNTIME",
                "true",
                "SITE_RATE_LIMIT_STATE",
                "database"));
        AuthConfig auth = settings.auth();
        assertEquals(SignupMode.CLOSED, auth.signup());
        assertEquals(Duration.ZERO, auth.accountCacheBound());
        assertEquals(3, auth.loginThrottle().freeFailures());
        assertEquals(Duration.ofSeconds(30), auth.loginThrottle().maxDelay());
        assertEquals(2, auth.hashThreads());
        assertEquals(4, auth.hashQueue());
        assertEquals(true, auth.infoShowsRuntime());
        assertEquals(LimitsConfig.RateState.DATABASE, settings.limits().rateState());
    }

    @Test
    void anUnknownChoiceNamesTheVariableAndTheChoices() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new ApiSettings(Map.of("SITE_SIGNUP", "invite")).auth());
        assertEquals("SITE_SIGNUP must be one of [open, closed], not 'invite'", e.getMessage());
    }
}
