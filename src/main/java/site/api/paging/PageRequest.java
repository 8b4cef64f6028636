package site.api.paging;

/** A zero-based page number and a page size, already validated. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    /** Larger requests are cut to this size, as Spring's max-page-size did (it was 2000; 100 keeps responses small). */
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) throw new IllegalArgumentException("page < 0");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size out of range: " + size);
    }

    public long offset() {
        return (long) page * size;
    }
}
