package it.esibe.support;

import it.esibe.core.ConfigurationException;
import it.esibe.support.internal.CatalogueJson;
import it.esibe.support.spi.SupportCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The support catalogues bundled with ESIBE, and ways to build others.
 *
 * <p>The bundled catalogue {@link #interim()} holds the Montalcini Global Biotech Tour's first list
 * of events (§5.4), with the Tour's stops of 2025–2026 that MAECI and Italy's consulates have
 * confirmed since (spec v1.1) as real editions naming their sources, the research hubs of §5 step 4
 * and §5.4 with INNOVIT, and the ecosystems of annex IV. It lives in three JSON resources of this
 * package ({@code events.json}, {@code hubs.json}, {@code markets.json}) in the format {@link #read}
 * accepts, so a replacement is written the same way. Each entry cites the report; every focus the
 * report does not state is marked {@link FocusBasis#ESIBE_EDITORIAL}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SupportCatalogues {

    /** The name of the bundled catalogue. */
    public static final String INTERIM = "esibe-2024-interim";

    private static final List<String> BUNDLED = List.of("events.json", "hubs.json", "markets.json");

    private static final SupportCatalogue INTERIM_CATALOGUE = loadBundled();

    private SupportCatalogues() {
    }

    /**
     * The bundled catalogue: events, then hubs, then markets, each in the report's order.
     *
     * @return the catalogue named {@value #INTERIM}, loaded once and shared
     */
    public static SupportCatalogue interim() {
        return INTERIM_CATALOGUE;
    }

    /**
     * Reads a catalogue from JSON (format {@code esibe-support-catalogue-1}, as the bundled
     * resources). {@code in} is read to its end but not closed.
     *
     * <p>An object {@code {"format": "esibe-support-catalogue-1", "name": ..., "entries": [...]}};
     * each entry has {@code kind} ({@code EVENT}, {@code HUB}, {@code MARKET}), {@code id},
     * {@code name} and, optionally, {@code city} (each {@code {"it": ..., "en": ...}}),
     * {@code country}, {@code focus} (objects with {@code basis}, {@code tracks}, {@code codes},
     * {@code why}), {@code citation}, and optionally {@code strengths} and {@code note}. An event
     * lists its {@code editions}, ascending, at most one a month, each either a string
     * ({@code "2025-05"} for a month, {@code "2025-05-05"} for a day) or an object:
     * <pre>{@code
     * {"date": "2025-04-16", "endDate": "2025-04-17",
     *  "city": {"it": "Vienna", "en": "Vienna"}, "country": "AT",
     *  "sources": [{"publisher": "MAECI", "title": "...", "url": "https://..."}]}
     * }</pre>
     * where only {@code date} is required; {@code endDate} follows a day, a {@code city} needs its
     * {@code country}, an edition that names no place is held at the entry's, and a source's
     * {@code url} is optional. An event may say {@code "recurrence": "ONE_OFF"} (a single occasion,
     * never projected); the default is {@code ANNUAL}. Files of the first form, whose editions are
     * all months, read as before.
     *
     * @param in the JSON to read; read to its end, not closed
     * @param source names the input in error messages
     * @return the catalogue, with the name the JSON gives it and its entries in file order
     * @throws ConfigurationException if the JSON is malformed, has an unknown property or an invalid entry
     * @throws IOException if reading fails
     */
    public static SupportCatalogue read(InputStream in, String source) throws IOException {
        return CatalogueJson.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
    }

    /**
     * Reads the catalogue in {@code file}; see {@link #read(InputStream, String)}.
     *
     * @param file the JSON file; its path names it in error messages
     * @return the catalogue
     * @throws ConfigurationException if the JSON is malformed, has an unknown property or an invalid entry
     * @throws IOException if the file cannot be opened or read
     */
    public static SupportCatalogue read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * A catalogue holding {@code entries}, in this order.
     *
     * @param name the catalogue's name, for messages and for ordering discovered catalogues
     * @param entries the entries; copied
     * @return an immutable catalogue
     */
    public static SupportCatalogue of(String name, List<SupportEntry> entries) {
        Objects.requireNonNull(name, "name");
        List<SupportEntry> copy = List.copyOf(entries);
        return new SupportCatalogue() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<SupportEntry> entries() {
                return copy;
            }

            @Override
            public String toString() {
                return "SupportCatalogue[" + name + ", " + copy.size() + " entries]";
            }
        };
    }

    private static SupportCatalogue loadBundled() {
        List<SupportEntry> all = new ArrayList<>();
        for (String resource : BUNDLED) {
            try (InputStream in = SupportCatalogues.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled support catalogue " + resource);
                }
                all.addAll(read(in, resource).entries());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(INTERIM, all);
    }
}
