package it.esibe.core;

import org.apiguardian.api.API;

/**
 * The root of the exceptions ESIBE throws on purpose; catch a subtype to tell whose fault it was.
 *
 * <ul>
 *   <li>{@link ConfigurationException}: the embedder's code or set-up is wrong; fix the code or the
 *       configuration. Thrown while a registry, an evaluator, a ruleset, a reform, a parameter key or
 *       a message provider is built (a duplicate criterion id, an unknown ruleset or parameter, a
 *       parameter value out of its range, a provider of another SPI version, a malformed message
 *       pattern or support catalogue). During an evaluation it is thrown only when the embedder's
 *       own code fails there: a criterion that throws, or returns a result for another id, reads a
 *       parameter its ruleset lacks, or renders a message key no provider has. Never because of the
 *       application: an evaluation of any application, however unusual, that gets this exception
 *       from ESIBE's own criteria is a defect of ESIBE.</li>
 *   <li>{@link InvalidInputException}: the caller's data is wrong; fix the input. Thrown only by
 *       APIs that have no decision to return, such as reading a single decision back from JSON
 *       ({@code DecisionJson.read} in esibe-io); it lists every problem with its JSON path.</li>
 * </ul>
 *
 * <p>Evaluation never throws for bad applications: the evaluator decides {@code INVALID}, listing
 * every violation with its JSON path, and the readers of esibe-io turn a record they cannot read
 * (not JSON, over a limit, not an object) into such a decision too. Misuse of a method (a
 * {@code null} where a value is required, {@code build()} on a builder that lacks a required value)
 * gets the JDK's exceptions ({@link NullPointerException}, {@link IllegalStateException},
 * {@link IllegalArgumentException}), never an {@code EsibeException}; I/O failures are
 * {@link java.io.IOException}s or {@link java.io.UncheckedIOException}s.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
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
