package it.esibe.io;

import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One company admitted to the register: the data a public register lists, taken from the
 * application that was admitted and from its decision.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between threads.
 *
 * @param applicationId the application's identifier
 * @param companyName the company's name
 * @param vatNumber the partita IVA, when given
 * @param region the region of the legal seat, when given
 * @param city the city of the legal seat, when given
 * @param track the track the company was admitted on
 * @param priorities the national priorities of its R&amp;D programmes, each once, in the order first met
 * @param technologies the technologies of its R&amp;D programmes, each once, in the order first met
 * @param ruleset the ruleset that admitted it
 * @param referenceDate the date the decision judged patents at
 * @param inputSha256 the hash of the application judged, tracing the entry to its evidence
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RegisterEntry(
        String applicationId,
        String companyName,
        @Nullable String vatNumber,
        @Nullable String region,
        @Nullable String city,
        Track track,
        List<String> priorities,
        List<String> technologies,
        String ruleset,
        @Nullable LocalDate referenceDate,
        @Nullable String inputSha256) {

    /**
     * Copies the lists and rejects missing required values.
     *
     * @param applicationId the application's identifier, required
     * @param companyName the company's name, required
     * @param vatNumber the partita IVA, or {@code null}
     * @param region the region of the legal seat, or {@code null}
     * @param city the city of the legal seat, or {@code null}
     * @param track the admission track, required
     * @param priorities the national priorities; copied
     * @param technologies the technologies; copied
     * @param ruleset the id of the ruleset that admitted it, required
     * @param referenceDate the decision's reference date, or {@code null}
     * @param inputSha256 the hash of the application judged, or {@code null}
     */
    public RegisterEntry {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(ruleset, "ruleset");
        priorities = List.copyOf(priorities);
        technologies = List.copyOf(technologies);
    }

    /**
     * The register entry of {@code decided}, or empty unless its outcome is {@code ELIGIBLE}: only
     * admitted companies are listed. An eligible decision always has a valid application, so every
     * required value is there.
     *
     * @param decided a decision with the application it judged
     * @return the entry, or empty when the outcome is not {@code ELIGIBLE} or there is no application
     */
    public static Optional<RegisterEntry> of(Decided decided) {
        Decision d = decided.decision();
        Application a = decided.application();
        if (d.outcome() != Outcome.ELIGIBLE || a == null) {
            return Optional.empty();
        }
        Company c = a.company();
        Set<String> priorities = new LinkedHashSet<>();
        Set<String> technologies = new LinkedHashSet<>();
        for (Program p : a.programs()) {
            technologies.add(p.technology());
            if (p.priorities() != null) {
                priorities.addAll(p.priorities());
            }
        }
        return Optional.of(new RegisterEntry(a.applicationId(), c.name(), c.vatNumber(), c.legalSeat().region(),
                c.legalSeat().city(), a.track(), List.copyOf(priorities), List.copyOf(technologies), d.ruleset(),
                d.referenceDate(), d.inputSha256()));
    }
}
