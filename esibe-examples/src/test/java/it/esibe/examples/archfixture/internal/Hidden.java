package it.esibe.examples.archfixture.internal;

/** An implementation type, public for its own module's sake but not API. */
public class Hidden {
}
