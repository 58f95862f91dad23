package it.esibe.core.spi;

import org.apiguardian.api.API;

/**
 * What every ESIBE provider states: a name for messages and listings, and the SPI version it was
 * built for.
 *
 * <p>Providers are registered explicitly through {@code Esibe.builder()}, or, when the embedder
 * opts in, discovered with {@link java.util.ServiceLoader}; a discovered provider needs a public
 * no-argument constructor.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface EsibeProvider {

    /** {@return a short, stable name, such as {@code lombardia}; by default the class name} */
    default String name() {
        return getClass().getName();
    }

    /**
     * {@return the SPI version the provider was built for, {@code major.minor}: return
     * {@link EsibeSpi#VERSION}} The running ESIBE accepts its own major version with a minor not
     * newer than its own; anything else is a configuration error naming this provider.
     */
    String spiVersion();
}
