package it.esibe.io.internal;

import it.esibe.core.message.Message;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.decision.Violation;
import it.esibe.io.CanonicalJson;
import it.esibe.io.ReadLimits;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * One JSON record, from its bytes or text to a {@link ReadResult}: the same steps for a JSON
 * Lines line, an element of a JSON array, a whole JSON document and a single text given through the
 * API, so that each is judged, and worded, alike.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonRecord {

    private JsonRecord() {
    }

    /**
     * Reads the first {@code length} bytes of {@code bytes} as one record: strict UTF-8, then
     * {@link #read(String, StrictTreeReader.Origin, ReadLimits, Supplier)}. A record that is not
     * UTF-8 or not JSON is hashed over these bytes.
     */
    public static ReadResult read(byte[] bytes, int length, StrictTreeReader.Origin origin, ReadLimits limits) {
        Supplier<String> raw = () -> Sha256.hex(bytes, length);
        Utf8.Decoded decoded = Utf8.decode(bytes, length);
        String text = decoded.text();
        if (text == null) {
            return ReadResult.unreadable(Objects.requireNonNull(decoded.error()), raw.get());
        }
        return read(text, origin, limits, raw);
    }

    /**
     * Reads {@code text} as one record, in one pass when it is clean ({@link OnePassReader}), else
     * through the tree ({@link #readTree}), with the same result either way. Its hash is that of its canonical JSON, or {@code rawSha256}
     * when it is not JSON or the reader could not hold one of its values exactly.
     */
    public static ReadResult read(String text, StrictTreeReader.Origin origin, ReadLimits limits,
            Supplier<String> rawSha256) {
        // One pass for a clean record; anything the tree path would say a word about goes to the tree path.
        ReadResult read = OnePassReader.read(text, limits);
        return read != null ? read : readTree(text, origin, limits, rawSha256);
    }

    /**
     * Reads {@code text} through the tree: strict parse, then the tree along the format, then the
     * canonical hash of the tree. The reference the one-pass reader must equal, and the path of every
     * record it does not complete.
     */
    static ReadResult readTree(String text, StrictTreeReader.Origin origin, ReadLimits limits,
            Supplier<String> rawSha256) {
        StrictTreeReader.Parsed parsed = StrictTreeReader.parse(text, origin, limits);
        JsonNode value = parsed.value();
        Message error = parsed.error();
        if (error != null) {
            // Content after a complete value: not one application, but its id can still name the decision.
            JsonNode id = value == null ? null : value.get("applicationId");
            return new ReadResult(null, List.of(Violation.of("", error)),
                    id != null && id.isTextual() ? id.textValue() : null, rawSha256.get());
        }
        Objects.requireNonNull(value, "value");
        return ApplicationTreeReader.read(value, parsed.problems(), limits, () -> CanonicalJson.sha256(value),
                rawSha256);
    }

}
