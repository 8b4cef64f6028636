package site.api.auth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Accounts in a map, with the last-admin rule of the real stores, for testing the services above them. */
class MapUserStore implements UserStore {
    final Map<Long, User> accounts = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Optional<User> findByUsername(String username) {
        return accounts.values().stream()
                .filter(u -> u.username().equals(username))
                .findFirst();
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<User> create(String username, String passwordHash, Role role) {
        if (findByUsername(username).isPresent()) return Optional.empty();
        User user = new User(nextId++, username, passwordHash, role, Instant.EPOCH, 0);
        accounts.put(user.id(), user);
        return Optional.of(user);
    }

    @Override
    public void setRole(long id, Role role) {
        User u = accounts.get(id);
        accounts.put(id, new User(u.id(), u.username(), u.passwordHash(), role, u.createdAt(), u.tokenVersion()));
    }

    @Override
    public AccountChange changeRole(String username, Role role) {
        Optional<User> user = findByUsername(username);
        if (user.isEmpty()) return AccountChange.NOT_FOUND;
        if (role != Role.ADMIN && isLastAdmin(user.get())) return AccountChange.LAST_ADMIN;
        setRole(user.get().id(), role);
        return AccountChange.DONE;
    }

    @Override
    public AccountChange delete(String username) {
        Optional<User> user = findByUsername(username);
        if (user.isEmpty()) return AccountChange.NOT_FOUND;
        if (isLastAdmin(user.get())) return AccountChange.LAST_ADMIN;
        accounts.remove(user.get().id());
        return AccountChange.DONE;
    }

    @Override
    public boolean revokeTokens(long id) {
        User u = accounts.get(id);
        if (u == null) return false;
        accounts.put(
                id, new User(u.id(), u.username(), u.passwordHash(), u.role(), u.createdAt(), u.tokenVersion() + 1));
        return true;
    }

    private boolean isLastAdmin(User user) {
        return user.role() == Role.ADMIN
                && accounts.values().stream()
                                .filter(u -> u.role() == Role.ADMIN)
                                .count()
                        == 1;
    }
}
