package site.builder.markdown;

/** Thrown by a shortcode (built-in or template) for bad arguments; reported with the shortcode's location. */
public final class ShortcodeException extends RuntimeException {
    public ShortcodeException(String message) {
        super(message);
    }
}
