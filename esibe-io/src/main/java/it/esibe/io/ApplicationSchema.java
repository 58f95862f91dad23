package it.esibe.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of the ESIBE-FORMAT-v1 application, for systems that are not
 * written in Java and want to validate before sending.
 *
 * <p>The schema rejects what the library rejects, except for the rules JSON Schema cannot state,
 * which only the library checks (docs/JSON-SCHEMA.md lists them): the partita IVA check digit, real
 * calendar dates, unique fiscal years, {@code rdExpenditureItaly <= rdExpenditure}, holders'
 * capital shares summing to at most 100, taxonomy membership of codes and the reader's size limits.
 * An application the schema accepts may therefore still be {@code INVALID}; one it rejects is
 * always {@code INVALID}.
 *
 * <p>Thread-safety: stateless, and safe to use from any thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ApplicationSchema {

    /** The resource holding the schema, beside this class. */
    static final String RESOURCE = "application.schema.json";

    private ApplicationSchema() {
    }

    /**
     * The schema as JSON text, read from the jar on each call.
     *
     * @return the pretty-printed schema, decoded from UTF-8
     * @throws IllegalStateException if the schema resource is missing from the jar
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String json() {
        return resource(RESOURCE);
    }

    /** The schema resource {@code name} beside this class, read from the jar. */
    static String resource(String name) {
        try (InputStream in = ApplicationSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
