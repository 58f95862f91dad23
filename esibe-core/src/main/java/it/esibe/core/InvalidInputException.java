package it.esibe.core;

import it.esibe.core.decision.Violation;
import java.util.List;

/** The caller's data breaks the format or a documented limit; {@link #violations()} says where. */
public final class InvalidInputException extends EsibeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** An exception listing every violation found. */
    public InvalidInputException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** An exception for one violation at {@code path}. */
    public InvalidInputException(String path, String message) {
        this(path.isEmpty() ? message : path + ": " + message, List.of(new Violation(path, message)));
    }

    /** Every violation found, each with its JSON path. */
    public List<Violation> violations() {
        return violations;
    }
}
