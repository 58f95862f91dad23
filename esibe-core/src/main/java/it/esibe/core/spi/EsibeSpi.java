package it.esibe.core.spi;

import it.esibe.core.ConfigurationException;

/**
 * The version of ESIBE's service provider interfaces, which every provider states.
 *
 * <p>A provider returns {@code EsibeSpi.VERSION} from {@link EsibeProvider#spiVersion()}: the
 * compiler copies the constant into the provider's class, so the provider keeps stating the version
 * it was built against even when it runs with a later ESIBE. Registering a provider built for
 * another version is a {@link ConfigurationException} naming the provider.
 *
 * @since 0.1.0
 */
public final class EsibeSpi {

    /** The SPI version of this release of ESIBE. */
    public static final int VERSION = 1;

    private EsibeSpi() {
    }

    /**
     * Checks that {@code provider} was built for this SPI version.
     *
     * @param provider the provider
     * @throws ConfigurationException naming the provider, the version it states and this one
     */
    public static void check(EsibeProvider provider) {
        int stated = provider.spiVersion();
        if (stated != VERSION) {
            throw new ConfigurationException("provider " + provider.name() + " (" + provider.getClass().getName()
                    + ") was built for ESIBE SPI version " + stated + ", but this ESIBE implements version " + VERSION
                    + (stated > VERSION ? ": upgrade ESIBE" : ": rebuild the provider against this ESIBE"));
        }
    }
}
