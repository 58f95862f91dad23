package it.esibe.core.model;

import it.esibe.core.validation.CountryCode;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a seat is: an ISO 3166-1 alpha-2 country and, optionally, region and city as free text.
 *
 * <p>Build one with {@link #of(String)} and the named {@link #withRegion} and {@link #withCity}:
 * {@code Location.of("IT").withRegion("Lombardia").withCity("Milano")}; the canonical constructor,
 * with three texts in a row, stays for code that copies evidence as it is.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param country ISO 3166-1 alpha-2 code in upper case, such as {@code IT}
 * @param region the region, at most 100 characters (e.g. {@code Lombardia})
 * @param city the city, at most 100 characters
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Location(
        @NotNull @CountryCode String country,
        @Nullable @Text(max = 100) String region,
        @Nullable @Text(max = 100) String city) {

    /**
     * A location with only its country.
     *
     * @param country the ISO 3166-1 alpha-2 code, such as {@code IT}
     * @return the location, with no region or city
     */
    public static Location of(String country) {
        return new Location(country, null, null);
    }

    /**
     * This location with {@code region} as its region: {@code Location.of("IT").withRegion("Lombardia")}.
     *
     * @param region the region, at most 100 characters, or {@code null} for none
     * @return a new location; this one is unchanged
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public Location withRegion(@Nullable String region) {
        return new Location(country, region, city);
    }

    /**
     * This location with {@code city} as its city.
     *
     * @param city the city, at most 100 characters, or {@code null} for none
     * @return a new location; this one is unchanged
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public Location withCity(@Nullable String city) {
        return new Location(country, region, city);
    }
}
