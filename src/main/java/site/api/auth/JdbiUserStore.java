package site.api.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import site.api.store.Constraints;

/** Accounts in the {@code users} table. */
public final class JdbiUserStore implements UserStore {
    private static final String COLUMNS = "id, username, password_hash, role, created_at, token_version";
    private final Jdbi jdbi;

    public JdbiUserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbi.withHandle(h -> byUsername(h, username, ""));
    }

    @Override
    public Optional<User> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .map(JdbiUserStore::map)
                .findOne());
    }

    @Override
    public Optional<User> create(String username, String passwordHash, Role role) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Constraints.unlessDuplicate(() -> jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO users (username, password_hash, role, created_at, token_version)
                        VALUES (:username, :hash, :role, :createdAt, 0)""")
                        .bind("username", username)
                        .bind("hash", passwordHash)
                        .bind("role", role.name())
                        .bind("createdAt", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one()))
                .map(id -> new User(id, username, passwordHash, role, now, 0));
    }

    @Override
    public void setRole(long id, Role role) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET role = :role WHERE id = :id")
                .bind("role", role.name())
                .bind("id", id)
                .execute());
    }

    @Override
    public AccountChange changeRole(String username, Role role) {
        return jdbi.inTransaction(h -> {
            Optional<User> user = lockedTarget(h, username);
            if (user.isEmpty()) return AccountChange.NOT_FOUND;
            if (role != Role.ADMIN && isLastAdmin(h, user.get())) return AccountChange.LAST_ADMIN;
            h.createUpdate("UPDATE users SET role = :role WHERE id = :id")
                    .bind("role", role.name())
                    .bind("id", user.get().id())
                    .execute();
            return AccountChange.DONE;
        });
    }

    @Override
    public AccountChange delete(String username) {
        return jdbi.inTransaction(h -> {
            Optional<User> user = lockedTarget(h, username);
            if (user.isEmpty()) return AccountChange.NOT_FOUND;
            if (isLastAdmin(h, user.get())) return AccountChange.LAST_ADMIN;
            h.createUpdate("DELETE FROM users WHERE id = :id")
                    .bind("id", user.get().id())
                    .execute();
            return AccountChange.DONE;
        });
    }

    @Override
    public boolean revokeTokens(long id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET token_version = token_version + 1 WHERE id = :id")
                        .bind("id", id)
                        .execute())
                == 1;
    }

    /**
     * Locks every admin row, then the target's: two admins demoting each other at once are serialised, and the
     * second sees that only one admin is left.
     */
    private static Optional<User> lockedTarget(Handle h, String username) {
        h.createQuery("SELECT id FROM users WHERE role = 'ADMIN' FOR UPDATE")
                .mapTo(Long.class)
                .list();
        return byUsername(h, username, " FOR UPDATE");
    }

    private static boolean isLastAdmin(Handle h, User user) {
        if (user.role() != Role.ADMIN) return false;
        List<Long> admins = h.createQuery("SELECT id FROM users WHERE role = 'ADMIN'")
                .mapTo(Long.class)
                .list();
        return admins.equals(List.of(user.id()));
    }

    private static Optional<User> byUsername(Handle h, String username, String locking) {
        return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username" + locking)
                .bind("username", username)
                .map(JdbiUserStore::map)
                .findOne();
    }

    private static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("token_version"));
    }
}
