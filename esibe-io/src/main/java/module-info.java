/**
 * ESIBE I/O: strict reading of ESIBE-FORMAT-v1 applications from JSON and JSON Lines, canonical
 * hashing, and decision writing, with Jackson.
 *
 * <p>Jackson and the core are required transitively because the public API takes and returns
 * their types ({@code JsonNode}, {@code Application}, {@code Decision}).
 */
module it.esibe.io {
    requires transitive it.esibe.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.jspecify;
    requires static org.apiguardian.api;

    exports it.esibe.io;
}
