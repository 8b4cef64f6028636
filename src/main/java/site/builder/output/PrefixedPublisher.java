package site.builder.output;

import java.nio.file.Path;

/** A publisher that puts every output below a folder ("en/"): one language's site of a multilingual build. */
public record PrefixedPublisher(Publisher inner, String prefix) implements Publisher {

    /** {@code out} itself when the prefix is empty, so a single-language build publishes as it always did. */
    public static Publisher of(Publisher out, String prefix) {
        return out == null || prefix.isEmpty() ? out : new PrefixedPublisher(out, prefix);
    }

    @Override
    public void publish(PublishTarget target, byte[] content) {
        inner.publish(under(target), content);
    }

    @Override
    public void publish(PublishTarget target, String rendered) {
        inner.publish(under(target), rendered);
    }

    @Override
    public void copy(Path source, PublishTarget target) {
        inner.copy(source, under(target));
    }

    private PublishTarget under(PublishTarget target) {
        return new PublishTarget(prefix + target.relativePath(), target.mediaType(), target.minify());
    }
}
