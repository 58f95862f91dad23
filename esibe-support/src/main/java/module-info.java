/**
 * ESIBE support: the support programme of interim report §5.4, with the catalogues of events,
 * research hubs and markets bundled with ESIBE, the reading of catalogue files and the matcher that
 * recommends them to admitted companies.
 *
 * <p>It depends on the core alone among ESIBE's modules: the matcher takes the taxonomy of its codes
 * as an argument, so an embedder that decides with {@code esibe-rules} passes the national one.
 */
module it.esibe.support {
    // The API takes and returns core types (Application, Decision, LocalizedText, Taxonomy, Track).
    requires transitive it.esibe.core;
    requires static org.jspecify;
    requires static org.apiguardian.api;
    // Reads the catalogue files (JSON) in the internal package; no Jackson type is part of the API,
    // so not transitive.
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports it.esibe.support;
    exports it.esibe.support.spi;

    // Catalogues from other modules, found only when discovery is asked for
    // (SupportMatcher.Builder#discoverCatalogues).
    uses it.esibe.support.spi.SupportCatalogue;
}
