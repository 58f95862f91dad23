package it.esibe.core.spi;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the evidence sources said about one lookup, as a criterion sees it: found, not known to
 * any source, or unavailable (a source failed or was too slow), with the reason.
 *
 * <p>A criterion must not treat {@link Unavailable} as a pass: ESIBE's own criteria answer
 * {@code UNKNOWN} with {@link Unavailable#reason()}.
 *
 * @param <T> the evidence type, such as {@link PatentEvidence}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface EvidenceAnswer<T> {

    /**
     * A source knew the answer.
     *
     * @param <T> the evidence type
     * @param value the evidence
     * @param source the name of the source that gave it
     */
    record Found<T>(T value, String source) implements EvidenceAnswer<T> {
        /**
         * Rejects missing parts.
         *
         * @param value the evidence
         * @param source the source's name
         */
        public Found {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Every source asked answered, and none knew the subject (or no source serves such lookups).
     *
     * @param <T> the evidence type
     * @param sources the names of the sources asked; empty when none serves such lookups
     */
    record NotFound<T>(List<String> sources) implements EvidenceAnswer<T> {
        /**
         * Copies the list.
         *
         * @param sources the sources asked
         */
        public NotFound {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A source could not answer: it threw, or did not answer in time. Nothing may be concluded.
     *
     * @param <T> the evidence type
     * @param source the source's name
     * @param reason what went wrong, for the explanation (such as {@code no answer within PT2S})
     */
    record Unavailable<T>(String source, String reason) implements EvidenceAnswer<T> {
        /**
         * Rejects missing parts.
         *
         * @param source the source's name
         * @param reason what went wrong
         */
        public Unavailable {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
