package bench.springwas.post;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial update: fields left null stay as they are. */
public record PostUpdateRequest(
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        String content,
        @Size(max = 50) String author) {
}
