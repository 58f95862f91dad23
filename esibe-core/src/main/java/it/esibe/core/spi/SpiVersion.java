package it.esibe.core.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A version of ESIBE's service provider interfaces, {@code major.minor}: a minor version only adds
 * (default methods, new types), a major version may break. A running ESIBE accepts a provider built
 * against its own major version and the same or an older minor one: a provider misses nothing it
 * needs, since what came later has defaults.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param major the major version
 * @param minor the minor version
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

    /**
     * Rejects negative parts.
     *
     * @param major the major version, 0 or more (ESIBE's first is 1)
     * @param minor the minor version, 0 or more
     * @throws IllegalArgumentException for a negative part
     */
    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("an SPI version is major.minor with no negative part, such as 1.0;"
                    + " got " + major + "." + minor);
        }
    }

    /**
     * The version written {@code major.minor}, such as {@code 1.0}.
     *
     * @param text the version as a provider states it
     * @return the version
     * @throws IllegalArgumentException if {@code text} is not of that form
     */
    public static SpiVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("an SPI version is written major.minor, such as 1.0; got \""
                    + text + "\"");
        }
        return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * Whether a provider built against {@code stated} works with this version: same major, and a
     * minor not newer than this one.
     *
     * @param stated the version the provider was built against
     * @return whether this version serves it
     */
    public boolean accepts(SpiVersion stated) {
        return stated.major == major && stated.minor <= minor;
    }

    /** Orders by major, then minor. */
    @Override
    public int compareTo(SpiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    /** {@return the version written {@code major.minor}} */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
