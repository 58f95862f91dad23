package it.esibe.io.internal;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.model.Application;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One record's content as a reader found it, before the source adds where the record stood: the
 * application as far as it could be built (or none), the reader's violations, the record's id and
 * its hash.
 *
 * @param application the application, or {@code null} when the record is none
 * @param violations what was wrong, never empty without an application
 * @param applicationId the {@code applicationId} when it is text
 * @param sha256 the record's hash ({@link it.esibe.io.CanonicalJson}, or of its raw bytes)
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record ReadResult(@Nullable Application application, List<Violation> violations,
        @Nullable String applicationId, String sha256) {

    /** Copies the violations. */
    public ReadResult {
        violations = List.copyOf(violations);
        Objects.requireNonNull(sha256, "sha256");
    }

    /** A record that is no application at all: one violation at path {@code ""}. */
    public static ReadResult unreadable(Message message, String sha256) {
        return new ReadResult(null, List.of(Violation.of("", message)), null, sha256);
    }

    /** The public record, without position: to be given one with {@link ApplicationRecord.Builder#position}. */
    public ApplicationRecord.Builder record() {
        return ApplicationRecord.builder().application(application).violations(violations)
                .applicationId(applicationId).inputSha256(sha256);
    }
}
