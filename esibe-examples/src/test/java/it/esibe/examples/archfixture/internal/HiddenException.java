package it.esibe.examples.archfixture.internal;

/** An implementation exception, not API. */
public class HiddenException extends Exception {
    private static final long serialVersionUID = 1L;
}
