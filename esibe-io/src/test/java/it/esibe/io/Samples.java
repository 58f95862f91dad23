package it.esibe.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Test fixtures: the examples of ESIBE-FORMAT-v1, copied verbatim from the spec. */
final class Samples {

    private Samples() {
    }

    /** The example application of the format spec, as written there (indented, multi-line). */
    static String application() {
        return resource("sample-application.json");
    }

    /** The example decision of the format spec. */
    static String decision() {
        return resource("sample-decision.json");
    }

    /** The example application on one line. */
    static String applicationLine() {
        return CanonicalJson.canonicalize(tree(application()));
    }

    /** A mutable tree of {@code json}, read exactly. */
    static ObjectNode tree(String json) {
        return (ObjectNode) Trees.parse(json);
    }

    static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
