package site.builder.render;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Template output encoded as UTF-8 while it is written, in the encoder's small chunks: for an output too big to
 * hold as a string, its builder's copies and its bytes at once (the search index: 43 MB at 10,000 posts). The
 * bytes are those of {@code String.getBytes(UTF_8)} of the whole text, a surrogate pair split between two
 * writes included.
 */
final class Utf8Output implements TemplateOutput {
    private final Chunks chunks = new Chunks();
    private final Writer encoder = new OutputStreamWriter(chunks, StandardCharsets.UTF_8);

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        try {
            encoder.write(value, beginIndex, endIndex - beginIndex);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only: not expected
        }
    }

    /** The bytes; ends the output (closing the encoder writes a lone surrogate left at the end, as '?'). */
    byte[] toByteArray() {
        try {
            encoder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chunks.joined();
    }

    private static final class Chunks extends OutputStream {
        private final List<byte[]> list = new ArrayList<>();
        private int size;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            byte[] chunk = new byte[len];
            System.arraycopy(b, off, chunk, 0, len);
            list.add(chunk);
            size = Math.addExact(size, len);
        }

        byte[] joined() {
            byte[] all = new byte[size];
            int at = 0;
            for (byte[] chunk : list) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            return all;
        }
    }
}
