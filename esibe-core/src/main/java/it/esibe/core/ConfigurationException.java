package it.esibe.core;

import org.apiguardian.api.API;

/**
 * The embedder's code or set-up is wrong: a duplicate criterion id, a clashing taxonomy code, an
 * unknown parameter or ruleset, a parameter value out of its range. Raised while building; during
 * an evaluation only when the embedder's own code fails there (a criterion that throws, answers
 * for another id, or asks for a parameter or message its ruleset and providers lack), never because
 * of the application judged. {@link EsibeException} lists the cases.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ConfigurationException extends EsibeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception whose message names the offending component and what is allowed.
     *
     * @param message the offending component and what is allowed
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * An exception with its cause.
     *
     * @param message the offending component and what is allowed
     * @param cause the exception that revealed it
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
