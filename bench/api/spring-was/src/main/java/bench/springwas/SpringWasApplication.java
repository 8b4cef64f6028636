package bench.springwas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

// Users authenticate with JWTs (security.JwtAuthenticationFilter): no generated in-memory user.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class SpringWasApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpringWasApplication.class, args);
    }
}
