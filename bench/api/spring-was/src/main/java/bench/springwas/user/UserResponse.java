package bench.springwas.user;

public record UserResponse(Long id, String username, Role role) {

    static UserResponse from(AppUser user) {
        return new UserResponse(user.getId(), user.getUsername(), user.getRole());
    }
}
