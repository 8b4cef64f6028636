package site.builder.markdown;

import java.util.Map;
import java.util.Optional;

/**
 * Hugo's Markdown render hooks ({@code layouts/_default/_markup/render-*.jte}), implemented by the render package.
 * Each method returns the replacement HTML, or empty to keep the default rendering.
 */
public interface RenderHooks {

    /**
     * {@code .Destination}, {@code .Title}, {@code .Text} (rendered inner HTML), {@code .PlainText}; for an image,
     * {@code resourceURL} is the URL of the page's bundle resource that a relative destination names (what
     * {@code .Page.Resources.Get} gives, its query and fragment kept), or "" when it names none.
     */
    record Link(String destination, String title, String text, String plainText, String resourceURL) {
        public Link(String destination, String title, String text, String plainText) {
            this(destination, title, text, plainText, "");
        }
    }

    /** {@code .Level}, {@code .Anchor}, {@code .Text}, {@code .PlainText}, {@code .Attributes}. */
    record Heading(int level, String anchor, String text, String plainText, Map<String, String> attributes) {}

    /**
     * {@code .Type} (the language), {@code .Attributes} and {@code .Options} (the {@code {...}} after the
     * language, split as Hugo does into highlighting options and other attributes), {@code .Inner}, {@code .Ordinal}.
     */
    record CodeBlock(
            String type, Map<String, String> attributes, Map<String, String> options, String inner, int ordinal) {}

    /** The kinds of element a hook can replace. */
    enum Kind {
        LINK,
        IMAGE,
        HEADING,
        CODE_BLOCK
    }

    /**
     * Whether there may be a hook for this kind; when not, the renderer neither builds the hook's record nor asks
     * (a theme with only a code block hook costs its links, images and headings nothing).
     */
    default boolean has(Kind kind) {
        return true;
    }

    default Optional<String> link(Link link) {
        return Optional.empty();
    }

    default Optional<String> image(Link image) {
        return Optional.empty();
    }

    default Optional<String> heading(Heading heading) {
        return Optional.empty();
    }

    default Optional<String> codeBlock(CodeBlock block) {
        return Optional.empty();
    }
}
