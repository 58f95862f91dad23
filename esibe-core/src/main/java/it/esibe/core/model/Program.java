package it.esibe.core.model;

import it.esibe.core.validation.NoDuplicates;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An R&amp;D programme: an emerging technology (§5.2) applied to national priorities (§5.1).
 *
 * <p>Build one with {@link #of(String, String, String...)} ({@code Program.of("TEC-GENE-CELL",
 * "PAT-ONCO")}), or with {@link #builder(String)} to give it a title; the canonical constructor
 * stays for code that copies evidence as it is.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param title a free-text title, if given
 * @param technology a {@code TEC-*} code of the taxonomy
 * @param priorities one or more distinct {@code PAT-*} or {@code IND-*} codes of the taxonomy
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Program(
        @Nullable @Text String title,
        @NotNull @Text String technology,
        @NotNull @Size(min = 1, message = "{it.esibe.validation.Priorities.message}") @NoDuplicates
        List<@NotNull @Text String> priorities) {

    /**
     * Copies the priorities, keeping their order.
     *
     * @param title the programme's title
     * @param technology the technology code
     * @param priorities the national priority codes
     */
    public Program {
        priorities = priorities == null ? null : Lists.copy(priorities);
    }

    /**
     * An untitled programme of {@code technology} applied to one or more national priorities. The
     * technology comes first and at least one priority is required, so the compiler catches a
     * programme without priorities; a code of the wrong family is reported by the evaluator.
     *
     * @param technology a {@code TEC-*} code, such as {@code TEC-GENE-CELL}
     * @param priority a {@code PAT-*} or {@code IND-*} code, such as {@code PAT-ONCO}
     * @param morePriorities further priority codes, in order
     * @return the programme
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Program of(String technology, String priority, String... morePriorities) {
        Builder b = builder(technology).priority(priority);
        for (String p : morePriorities) {
            b.priority(p);
        }
        return b.build();
    }

    /**
     * A new builder of a programme of {@code technology}.
     *
     * @param technology a {@code TEC-*} code, such as {@code TEC-GENE-CELL}
     * @return the builder
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(String technology) {
        return new Builder(technology);
    }

    /**
     * Builds a {@link Program}: a technology, a title if wanted, and priorities in order.
     *
     * <p>Required: at least one {@link #priority}; {@link #build()} says so when there is none.
     * Whether the codes exist in the taxonomy is judged by the evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private final String technology;
        private @Nullable String title;
        private final List<String> priorities = new ArrayList<>();

        private Builder(String technology) {
            this.technology = Objects.requireNonNull(technology, "technology");
        }

        /**
         * Sets the programme's free-text title.
         *
         * @param title the title, or {@code null} for none
         * @return this builder
         */
        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        /**
         * Adds a national priority, after those added before.
         *
         * @param code a {@code PAT-*} or {@code IND-*} code, such as {@code PAT-ONCO}
         * @return this builder
         */
        public Builder priority(String code) {
            priorities.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * {@return a new programme with the values set so far}
         *
         * @throws IllegalStateException if no priority was added
         */
        public Program build() {
            Required.of("Program").check(priorities.isEmpty() ? null : priorities, "priorities",
                    ".priority(\"PAT-ONCO\")").done();
            return new Program(title, technology, priorities);
        }
    }
}
