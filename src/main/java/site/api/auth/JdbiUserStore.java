package site.api.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import site.api.store.Constraints;

/** Accounts in the {@code users} table. */
public final class JdbiUserStore implements UserStore {
    private static final String COLUMNS = "id, username, password_hash, role, created_at";
    private final Jdbi jdbi;

    public JdbiUserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .bind("username", username).map(JdbiUserStore::map).findOne());
    }

    @Override
    public Optional<User> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map(JdbiUserStore::map).findOne());
    }

    @Override
    public Optional<User> create(String username, String passwordHash, Role role) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Constraints.unlessDuplicate(() -> jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO users (username, password_hash, role, created_at)
                        VALUES (:username, :hash, :role, :createdAt)""")
                .bind("username", username).bind("hash", passwordHash).bind("role", role.name())
                .bind("createdAt", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()))
                .map(id -> new User(id, username, passwordHash, role, now));
    }

    @Override
    public void setRole(long id, Role role) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET role = :role WHERE id = :id")
                .bind("role", role.name()).bind("id", id).execute());
    }

    private static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
