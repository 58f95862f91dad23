package it.esibe.io.internal;

import it.esibe.core.message.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Strict UTF-8 decoding that says where the input breaks. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The outcome of decoding: the text, or why there is none.
     *
     * @param text the decoded text, when the bytes are valid UTF-8
     * @param error the violation message, when they are not
     */
    public record Decoded(@Nullable String text, @Nullable Message error) {
    }

    /** Decodes the first {@code length} bytes of {@code bytes}, rejecting malformed sequences. */
    public static Decoded decode(byte[] bytes, int length) {
        CharsetDecoder decoder = Json.strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        // UTF-8 never yields more chars than bytes.
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, ReadProblem.NOT_UTF8.message(in.position() + 1));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }
}
