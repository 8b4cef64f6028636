package bench.springwas.user;

public enum Role {
    USER, ADMIN
}
