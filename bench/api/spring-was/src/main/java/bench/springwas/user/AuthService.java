package bench.springwas.user;

import bench.springwas.security.JwtProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

@Service
public class AuthService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JwtProvider jwtProvider;

    public AuthService(AppUserRepository users, PasswordEncoder passwordEncoder, JwtProvider jwtProvider) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jwtProvider = jwtProvider;
    }

    @Transactional
    public UserResponse signup(Credentials credentials) {
        if (users.existsByUsername(credentials.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "username already taken");
        }
        AppUser user = users.save(new AppUser(credentials.username(),
                passwordEncoder.encode(credentials.password()), Role.USER));
        return UserResponse.from(user);
    }

    @Transactional(readOnly = true)
    public TokenResponse login(Credentials credentials) {
        AppUser user = users.findByUsername(credentials.username())
                .filter(u -> passwordEncoder.matches(credentials.password(), u.getPasswordHash()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "bad credentials"));
        return jwtProvider.issue(user.getUsername(), user.getRole());
    }
}
