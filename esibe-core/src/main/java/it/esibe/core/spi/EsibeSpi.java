package it.esibe.core.spi;

import it.esibe.core.ConfigurationException;
import org.apiguardian.api.API;

/**
 * The version of ESIBE's service provider interfaces, which every provider and every criterion
 * states.
 *
 * <p>A provider returns {@code EsibeSpi.VERSION} from {@link EsibeProvider#spiVersion()} (a criterion
 * from {@link Criterion#spiVersion()}): the compiler copies the constant into the provider's class,
 * so the provider keeps stating the version it was built against when it runs with a later ESIBE.
 * ESIBE accepts it when the major version is its own and the minor is not newer
 * ({@link SpiVersion#accepts}); otherwise registering it is a {@link ConfigurationException} naming
 * the provider, the version it states and the versions this ESIBE supports.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EsibeSpi {

    /** The SPI version of this release of ESIBE, {@code major.minor}: return it from {@code spiVersion()}. */
    public static final String VERSION = "1.0";

    /** {@link #VERSION}, parsed. */
    public static final SpiVersion CURRENT = SpiVersion.parse(VERSION);

    private EsibeSpi() {
    }

    /**
     * Checks that {@code provider} was built for an SPI version this ESIBE serves.
     *
     * @param provider the provider
     * @throws ConfigurationException naming the provider, the version it states and the supported range
     */
    public static void check(EsibeProvider provider) {
        check("provider " + provider.name() + " (" + provider.getClass().getName() + ")", provider.spiVersion(),
                CURRENT);
    }

    /**
     * Checks that {@code criterion} was built for an SPI version this ESIBE serves.
     *
     * @param criterion the criterion
     * @throws ConfigurationException naming the criterion, the version it states and the supported range
     */
    public static void check(Criterion criterion) {
        check("criterion " + criterion.id() + " (" + criterion.getClass().getName() + ")", criterion.spiVersion(),
                CURRENT);
    }

    /**
     * Checks a stated version against {@code running}; what a test of another running version uses.
     *
     * @param who the provider or criterion, for the message
     * @param stated the version it states, {@code major.minor}
     * @param running the version of the running ESIBE
     * @throws ConfigurationException if {@code running} does not serve {@code stated}
     */
    static void check(String who, String stated, SpiVersion running) {
        SpiVersion version;
        try {
            version = SpiVersion.parse(stated);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigurationException(who + " states SPI version \"" + stated + "\", which is not of the"
                    + " form major.minor; return EsibeSpi.VERSION from spiVersion()");
        }
        if (!running.accepts(version)) {
            String supported = running.minor() == 0 ? running.toString() : running.major() + ".0 to " + running;
            throw new ConfigurationException(who + " was built for ESIBE SPI version " + version + ", but this ESIBE"
                    + " supports SPI versions " + supported + (version.compareTo(running) > 0
                            ? ": upgrade ESIBE" : ": rebuild the provider against this ESIBE"));
        }
    }
}
