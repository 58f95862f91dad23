package it.esibe.support.spi;

import it.esibe.support.SupportEntry;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A source of support-programme entries (events, research hubs, markets) that replaces or extends
 * the catalogue bundled with ESIBE, for instance Agenzia ICE's yearly list of Tour events.
 *
 * <p>The main path is explicit registration:
 * {@code SupportMatcher.builder(taxonomy).add(catalogue).build()}. An entry whose kind and id are already
 * known replaces the earlier one (so a new event list replaces the projected dates of the bundled
 * series with announced ones: give the replacement every edition to keep, since the matcher projects
 * an annual series from its latest real edition); other entries are added. Discovery through {@link java.util.ServiceLoader}
 * is opt-in ({@code SupportMatcher.Builder#discoverCatalogues()}): register an implementation with
 * a public no-argument constructor in {@code META-INF/services/it.esibe.support.spi.SupportCatalogue}
 * or with {@code provides it.esibe.support.spi.SupportCatalogue with ...} in its module descriptor.
 *
 * <p>{@code SupportCatalogues.read} turns a JSON file of the bundled catalogues' format into an
 * instance. An edition may be known to the month or to the day, be held in its own city and name
 * the press releases that record it ({@link SupportEntry.Edition}, {@link SupportEntry.Source});
 * an event may be a single occasion ({@code Recurrence.ONE_OFF}). Build entries with
 * {@code SupportEntry.builder}. Implementations must be immutable: the matcher copies the entries
 * once, at build time.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface SupportCatalogue {

    /**
     * A short name for messages and for ordering discovered catalogues.
     *
     * @return the catalogue's name, such as {@code ice-2026-events}
     */
    String name();

    /**
     * The entries, in the order a reader should meet them.
     *
     * @return the entries, never null; an entry whose kind and id repeat one of another catalogue
     *     replaces it in the matcher
     */
    List<SupportEntry> entries();
}
