package it.esibe.core;

/**
 * The root of the exceptions ESIBE throws on purpose; catch a subtype to tell whose fault it was.
 *
 * <ul>
 *   <li>{@link InvalidInputException}: the caller's data is wrong (fix the input);</li>
 *   <li>{@link ConfigurationException}: the embedder's code or set-up is wrong (fix the code).</li>
 * </ul>
 *
 * <p>Evaluation never throws for bad applications: those get an {@code INVALID} decision.
 * {@code InvalidInputException} is for APIs that have no decision to return, such as parsing a
 * single value.
 *
 * @since 0.1.0
 */
public abstract sealed class EsibeException extends RuntimeException
        permits InvalidInputException, ConfigurationException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that says what was wrong, where, and what is allowed.
     *
     * @param message what was wrong, where, and what is allowed
     */
    protected EsibeException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the cause it wraps.
     *
     * @param message what was wrong
     * @param cause the exception that revealed it
     */
    protected EsibeException(String message, Throwable cause) {
        super(message, cause);
    }
}
