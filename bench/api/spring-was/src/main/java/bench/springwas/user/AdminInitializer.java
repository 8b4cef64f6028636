package bench.springwas.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the admin account named by app.admin-username / app.admin-password when it does not exist yet. */
@Component
public class AdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminInitializer.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    public AdminInitializer(AppUserRepository users, PasswordEncoder passwordEncoder,
                            @Value("${app.admin-username:}") String username,
                            @Value("${app.admin-password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || users.existsByUsername(username)) {
            return;
        }
        users.save(new AppUser(username, passwordEncoder.encode(password), Role.ADMIN));
        log.info("created admin user {}", username);
    }
}
