package it.esibe.core.model;

import it.esibe.core.validation.NoDuplicates;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An R&amp;D programme: an emerging technology (§5.2) applied to national priorities (§5.1).
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param title a free-text title, if given
 * @param technology a {@code TEC-*} code of the taxonomy
 * @param priorities one or more distinct {@code PAT-*} or {@code IND-*} codes of the taxonomy
 * @since 0.1.0
 */
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
}
