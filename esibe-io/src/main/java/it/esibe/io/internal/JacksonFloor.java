package it.esibe.io.internal;

import com.fasterxml.jackson.core.Version;
import it.esibe.core.ConfigurationException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The oldest Jackson esibe-io runs on, checked before any reader or writer touches Jackson: an older
 * jackson-core or jackson-databind on the class path (a host pinned to an old Spring Boot, say) fails
 * at once with the versions found and required, not later with a {@code NoClassDefFoundError} from
 * the middle of a read. So does a mixed set whose jackson-databind is newer than its jackson-core.
 *
 * <p>Uses only {@link Version} and the {@code PackageVersion} classes, which every Jackson 2 has, so
 * that the check itself runs on any of them.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JacksonFloor {

    /** The oldest jackson-core and jackson-databind supported; the build tests against it (esibe-io's pom). */
    public static final Version MINIMUM = new Version(2, 17, 0, null, "com.fasterxml.jackson.core", "jackson-core");

    private static final @Nullable String PROBLEM = problem(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
            com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);

    private JacksonFloor() {
    }

    /**
     * Throws unless the Jackson on the class path is {@link #MINIMUM} or later.
     *
     * @throws ConfigurationException naming the versions found and the one required
     */
    public static void check() {
        if (PROBLEM != null) {
            throw new ConfigurationException(PROBLEM);
        }
    }

    /** What is wrong with running on {@code core} and {@code databind}, or {@code null} when nothing is. */
    public static @Nullable String problem(Version core, Version databind) {
        if (older(core) || older(databind)) {
            return "esibe-io needs Jackson " + MINIMUM + " or later, but the class path holds jackson-core " + core
                    + " and jackson-databind " + databind + ". Import com.fasterxml.jackson:jackson-bom " + MINIMUM
                    + " or later in your dependencyManagement (or it.esibe:esibe-bom, which imports a supported one),"
                    + " or pin jackson-core, jackson-databind and jackson-annotations to one version from " + MINIMUM
                    + " on.";
        }
        if (databind.getMinorVersion() > core.getMinorVersion()) {
            // A host that pins jackson-core alone gets a newer databind than its core: it would fail
            // later, in the middle of a read, with NoSuchMethodError.
            return "jackson-databind " + databind + " needs jackson-core " + databind.getMajorVersion() + "."
                    + databind.getMinorVersion() + " or later, but the class path holds jackson-core " + core
                    + ". Keep the Jackson artifacts at one version: import com.fasterxml.jackson:jackson-bom in your"
                    + " dependencyManagement (or it.esibe:esibe-bom), or pin jackson-databind along with jackson-core.";
        }
        return null;
    }

    /** Whether {@code found} is unknown, of another major version or older than {@link #MINIMUM}. */
    private static boolean older(Version found) {
        if (found.isUnknownVersion() || found.getMajorVersion() != MINIMUM.getMajorVersion()) {
            return true;
        }
        // Version.compareTo would compare the artifacts' names first.
        return found.getMinorVersion() != MINIMUM.getMinorVersion() ? found.getMinorVersion() < MINIMUM.getMinorVersion()
                : found.getPatchLevel() < MINIMUM.getPatchLevel();
    }
}
