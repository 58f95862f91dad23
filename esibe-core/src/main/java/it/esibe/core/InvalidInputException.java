package it.esibe.core;

import it.esibe.core.decision.Violation;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The caller's data breaks the format or a documented limit; {@link #violations()} says where.
 * Thrown only by APIs that have no decision to return (such as reading one decision back from
 * JSON): an application is never rejected by an exception, it gets an {@code INVALID} decision.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InvalidInputException extends EsibeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * An exception listing every violation found.
     *
     * @param message a summary of what is wrong
     * @param violations every violation, each with its JSON path
     */
    public InvalidInputException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /**
     * An exception for one violation at {@code path}.
     *
     * @param path the JSON path of the offending value; empty for the input as a whole
     * @param message what is wrong and what is allowed
     */
    public InvalidInputException(String path, String message) {
        this(path.isEmpty() ? message : path + ": " + message, List.of(new Violation(path, message)));
    }

    /** {@return every violation found, each with its JSON path} */
    public List<Violation> violations() {
        return violations;
    }
}
