package it.esibe.core;

/**
 * The embedder's set-up is wrong: a duplicate criterion id, a clashing taxonomy code, an unknown
 * parameter or ruleset. Raised while building, never while evaluating an application.
 */
public final class ConfigurationException extends EsibeException {

    private static final long serialVersionUID = 1L;

    /** An exception whose message names the offending component and what is allowed. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** An exception with its cause. */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
