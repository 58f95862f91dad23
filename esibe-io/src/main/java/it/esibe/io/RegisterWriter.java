package it.esibe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.io.internal.CsvRows;
import it.esibe.io.internal.Json;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Writes the register of admitted companies, in the style of Italian open-data registers: CSV with
 * one row per company, or a JSON array of flat objects. Only {@code ELIGIBLE} decisions make an
 * entry ({@link RegisterEntry#of}); the rest are skipped. Feed it from
 * {@link ApplicationFiles#decideEach(java.nio.file.Path, Consumer)}:
 *
 * <pre>{@code
 * try (RegisterWriter register = RegisterWriter.csv(out, CsvOptions.DEFAULTS.withDelimiter(';').withItalianHeaders(true))) {
 *     files.decideEach(path, register);
 * }
 * }</pre>
 *
 * <p>Lists (priorities, technologies) are joined by {@code ;} in CSV and are arrays in JSON. CSV
 * cells that a spreadsheet would run as a formula are neutralised.
 *
 * <p>Thread-safety: not thread-safe; use it from one thread at a time (for instance as the sink of
 * one {@code decideEach} call).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegisterWriter implements Consumer<Decided>, Flushable, Closeable {

    private static final List<String> ENGLISH = List.of("applicationId", "companyName", "vatNumber", "region",
            "city", "track", "priorities", "technologies", "ruleset", "referenceDate", "inputSha256");
    private static final List<String> ITALIAN = List.of("codice_domanda", "denominazione", "partita_iva", "regione",
            "comune", "percorso", "priorita", "tecnologie", "regole", "data_riferimento", "impronta_sha256");

    private final @org.jspecify.annotations.Nullable CsvRows csv;
    private final @org.jspecify.annotations.Nullable JsonGenerator json;
    private final @org.jspecify.annotations.Nullable Writer jsonOut;
    private long entries;

    private RegisterWriter(@org.jspecify.annotations.Nullable CsvRows csv,
            @org.jspecify.annotations.Nullable Writer jsonOut) throws IOException {
        this.csv = csv;
        this.jsonOut = jsonOut;
        this.json = jsonOut == null ? null : Json.generator(jsonOut);
        if (json != null) {
            json.writeStartArray();
        }
    }

    /**
     * A CSV register on {@code out} in UTF-8, which it closes when closed; the header row is written at once.
     *
     * @param out the destination, owned by the register from now on
     * @param options the separator, header language and byte order mark
     * @return a register writer
     * @throws IOException if the byte order mark or the header row cannot be written
     */
    public static RegisterWriter csv(OutputStream out, CsvOptions options) throws IOException {
        return csv(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8), options);
    }

    /**
     * A CSV register on the character stream {@code out}, which it closes when closed; the header
     * row is written at once.
     *
     * @param out the destination, whose encoding the caller chose; owned by the register from now on
     * @param options the separator, header language and byte order mark
     * @return a register writer
     * @throws IOException if the byte order mark or the header row cannot be written
     */
    public static RegisterWriter csv(Writer out, CsvOptions options) throws IOException {
        return new RegisterWriter(new CsvRows(Objects.requireNonNull(out, "out"), options,
                options.italianHeaders() ? ITALIAN : ENGLISH), null);
    }

    /**
     * A JSON register (an array of objects with the English column names as keys) on {@code out}, in UTF-8.
     *
     * @param out the destination, owned by the register from now on and closed with it
     * @return a register writer
     * @throws IOException if the start of the array cannot be written
     */
    public static RegisterWriter json(OutputStream out) throws IOException {
        return json(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    }

    /**
     * A JSON register on the character stream {@code out}, which it closes when closed.
     *
     * @param out the destination, whose encoding the caller chose; owned by the register from now on
     * @return a register writer
     * @throws IOException if the start of the array cannot be written
     */
    public static RegisterWriter json(Writer out) throws IOException {
        return new RegisterWriter(null, new BufferedWriter(Objects.requireNonNull(out, "out")));
    }

    /**
     * How many entries have been written.
     *
     * @return the number of entries written so far, the skipped decisions not counted
     */
    public long entries() {
        return entries;
    }

    /**
     * Writes {@code entry}, whatever decision it came from.
     *
     * @param entry the entry to write
     * @throws IOException if writing fails
     */
    public void write(RegisterEntry entry) throws IOException {
        entries++;
        if (csv != null) {
            csv.write(List.of(entry.applicationId(), entry.companyName(), text(entry.vatNumber()),
                    text(entry.region()), text(entry.city()), entry.track().name(), String.join(";", entry.priorities()),
                    String.join(";", entry.technologies()), entry.ruleset(),
                    entry.referenceDate() == null ? "" : entry.referenceDate().toString(), text(entry.inputSha256())));
            return;
        }
        JsonGenerator g = Objects.requireNonNull(json);
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("applicationId", entry.applicationId());
        g.writeStringField("companyName", entry.companyName());
        g.writeStringField("vatNumber", entry.vatNumber());
        g.writeStringField("region", entry.region());
        g.writeStringField("city", entry.city());
        g.writeStringField("track", entry.track().name());
        g.writeArrayFieldStart("priorities");
        for (String p : entry.priorities()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("technologies");
        for (String t : entry.technologies()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeStringField("ruleset", entry.ruleset());
        g.writeStringField("referenceDate", entry.referenceDate() == null ? null : entry.referenceDate().toString());
        g.writeStringField("inputSha256", entry.inputSha256());
        g.writeEndObject();
    }

    /**
     * Writes the entry of {@code decided} if it was admitted.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void accept(Decided decided) {
        RegisterEntry.of(decided).ifPresent(entry -> {
            try {
                write(entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void flush() throws IOException {
        if (csv != null) {
            csv.flush();
        } else {
            Objects.requireNonNull(json).flush();
        }
    }

    /** Ends the output (the closing bracket of the JSON array) and closes the stream. */
    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
            return;
        }
        JsonGenerator g = Objects.requireNonNull(json);
        try {
            if (entries > 0) {
                g.writeRaw('\n');
            }
            g.writeEndArray();
            g.writeRaw('\n');
            g.close();
        } finally {
            Objects.requireNonNull(jsonOut).close();
        }
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
