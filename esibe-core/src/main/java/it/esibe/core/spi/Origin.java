package it.esibe.core.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a ruleset, taxonomy entry or other contribution came from: built into ESIBE, registered
 * explicitly by the embedder, or discovered on the class path.
 *
 * <p>Thread-safety: immutable.
 *
 * @param provider the provider's name ({@code esibe} for what ESIBE ships)
 * @param kind how it was registered
 * @param location the jar or directory the provider's class was loaded from, when known (file
 *     name only, such as {@code esibe-example-lombardia-0.1.0.jar})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Origin(String provider, Kind kind, @Nullable String location) {

    /** How a contribution reached ESIBE. */
    public enum Kind {
        /** Shipped with ESIBE. */
        BUILT_IN,
        /** Registered explicitly through the builder. */
        REGISTERED,
        /** Found by {@link java.util.ServiceLoader} discovery, which the embedder opted into. */
        DISCOVERED
    }

    /** The origin of what ESIBE ships. */
    public static final Origin BUILT_IN = new Origin("esibe", Kind.BUILT_IN, null);

    /**
     * Rejects missing parts.
     *
     * @param provider the provider's name
     * @param kind how it was registered
     * @param location where its class came from, or {@code null}
     */
    public Origin {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@return a short description, such as {@code lombardia (discovered, esibe-example-lombardia.jar)}} */
    @Override
    public String toString() {
        String how = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return provider + " (" + how + (location == null ? "" : ", " + location) + ")";
    }
}
