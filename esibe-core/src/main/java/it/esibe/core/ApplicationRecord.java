package it.esibe.core;

import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One record of applications as a reader delivered it, ready to be decided: the application as far
 * as it could be read (or none, when the record is no application at all), what the reader found
 * wrong, and what traces the record back to its source (its {@code inputSha256}, its position, and
 * where in the file each value stood).
 *
 * <p>Readers make these (esibe-io's {@code ApplicationReader} and {@code ApplicationJson}) without
 * knowing any evaluator, and {@link ApplicationEvaluator#evaluate(ApplicationRecord)} turns one into
 * its decision, in one step, carrying the hash and the position. An application built in Java is
 * {@link #of(Application)}.
 *
 * <p>The application is not validated: the reader checks only what JSON typing and structure need,
 * and the evaluator validates the rest. An empty {@link #violations()} list does not make the
 * application valid.
 *
 * <p>Thread-safety: immutable (its list is an unmodifiable copy), and safe to share between threads
 * if the location function given to the builder is.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ApplicationRecord {

    /** The key of "where: what", shared by every located violation. */
    private static final String LOCATED = "violation.located";

    private final @Nullable Application application;
    private final List<Violation> violations;
    private final @Nullable String applicationId;
    private final @Nullable String inputSha256;
    private final @Nullable RecordPosition position;
    private final @Nullable Function<String, Message> location;

    private ApplicationRecord(Builder b) {
        this.application = b.application;
        this.violations = List.copyOf(b.violations);
        this.applicationId = b.applicationId != null || b.application == null ? b.applicationId
                : b.application.applicationId();
        this.inputSha256 = b.inputSha256;
        this.position = b.position;
        this.location = b.location;
        if (application == null && violations.isEmpty()) {
            throw new IllegalArgumentException("a record without an application must have violations");
        }
    }

    /**
     * An application built in Java: no reader violations, no hash, no position.
     *
     * @param application the application; it may be invalid
     * @return the record
     */
    public static ApplicationRecord of(Application application) {
        return builder().application(Objects.requireNonNull(application, "application")).build();
    }

    /**
     * A builder of one record; give an application, or violations saying why there is none.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the application, with {@code null} where a value could not be read; {@code null} when
     * the record is no application at all (then {@link #violations()} says why)}
     */
    public @Nullable Application application() {
        return application;
    }

    /**
     * {@return what the reader found wrong, each with its JSON path, in document order} At most
     * the reader's {@code maxViolationsPerRecord} of them, then one at path {@code ""} counting the
     * rest; never empty when {@link #application()} is {@code null}.
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * {@return the record's {@code applicationId}, when it could be read as text} Even a record that
     * is otherwise no application may name itself, so that its {@code INVALID} decision can too.
     */
    public @Nullable String applicationId() {
        return applicationId;
    }

    /**
     * {@return the SHA-256 in lower-case hex of the record's canonical JSON, or of its raw bytes
     * when it is not JSON or could not be held exactly} {@code null} for an application built in
     * Java and for a record without text of its own (an empty slot of a JSON array).
     */
    public @Nullable String inputSha256() {
        return inputSha256;
    }

    /** {@return where the record stood in its source: line, row or index; {@code null} when nowhere} */
    public @Nullable RecordPosition position() {
        return position;
    }

    /** {@return whether the reader found nothing wrong; the evaluator may still find semantic problems} */
    public boolean isWellFormed() {
        return violations.isEmpty();
    }

    /**
     * Where in the source file the value at {@code path} stood, in words that any language renders:
     * a CSV record says its row, file line and column ({@code row 2 (line 3), column 14
     * 'fiscalYears', item 1, field rdExpenditure}); a JSON record needs no more than its path.
     *
     * @param path the JSON path of a violation, {@code ""} for the record as a whole
     * @return the location, or empty when the record's position and the path say it all
     */
    public Optional<Message> location(String path) {
        Objects.requireNonNull(path, "path");
        return location == null ? Optional.empty() : Optional.of(location.apply(path));
    }

    /**
     * {@code violation} as it is shown for this record: its text prefixed with where its value stood
     * in the source ({@link #location(String)}), rendered by {@code catalog} in {@code language}; or
     * {@code violation} itself when the record has no locations. Pass violations already rendered in
     * {@code language}, so that one message speaks one language.
     *
     * @param violation a violation of this record (found by the reader or by validation)
     * @param catalog the catalog to render the location with
     * @param language the language of the location
     * @return the located violation, with the same path
     */
    public Violation located(Violation violation, MessageCatalog catalog, Locale language) {
        if (location == null) {
            return violation;
        }
        Message where = location.apply(violation.path());
        return Violation.rendered(violation.path(), Message.of(LOCATED, MessageArg.message(where),
                MessageArg.text(violation.message())), catalog, language);
    }

    @Override
    public String toString() {
        return "ApplicationRecord[applicationId=" + applicationId + ", position=" + position + ", violations="
                + violations + ", inputSha256=" + inputSha256 + "]";
    }

    /**
     * Gathers one record; {@link #build()} checks that a record without an application says why.
     *
     * <p>Not thread-safe; use one builder per record.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {

        private @Nullable Application application;
        private List<Violation> violations = List.of();
        private @Nullable String applicationId;
        private @Nullable String inputSha256;
        private @Nullable RecordPosition position;
        private @Nullable Function<String, Message> location;

        private Builder() {
        }

        /**
         * The application as far as it could be read.
         *
         * @param read the application, or {@code null} when the record is none
         * @return this builder
         */
        public Builder application(@Nullable Application read) {
            this.application = read;
            return this;
        }

        /**
         * What the reader found wrong.
         *
         * @param found the violations with their JSON paths; copied
         * @return this builder
         */
        public Builder violations(List<Violation> found) {
            this.violations = new ArrayList<>(found);
            return this;
        }

        /**
         * The record's id, for a record that is no application; by default the application's own.
         *
         * @param id the {@code applicationId} as read, or {@code null}
         * @return this builder
         */
        public Builder applicationId(@Nullable String id) {
            this.applicationId = id;
            return this;
        }

        /**
         * The SHA-256 of the record.
         *
         * @param sha256 in lower-case hex, or {@code null} for a record without text of its own
         * @return this builder
         */
        public Builder inputSha256(@Nullable String sha256) {
            this.inputSha256 = sha256;
            return this;
        }

        /**
         * Where the record stood in its source.
         *
         * @param where line, row or index, or {@code null}
         * @return this builder
         */
        public Builder position(@Nullable RecordPosition where) {
            this.position = where;
            return this;
        }

        /**
         * Where in the source each value stood: a function from a violation's JSON path to its
         * location, which must answer every path (the record's own position for {@code ""}).
         *
         * @param where the function, or {@code null} when the path says it all
         * @return this builder
         */
        public Builder location(@Nullable Function<String, Message> where) {
            this.location = where;
            return this;
        }

        /**
         * The record.
         *
         * @return a new record
         * @throws IllegalArgumentException if there is neither an application nor a violation
         */
        public ApplicationRecord build() {
            return new ApplicationRecord(this);
        }
    }
}
