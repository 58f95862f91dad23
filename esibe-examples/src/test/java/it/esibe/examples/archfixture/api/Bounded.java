package it.esibe.examples.archfixture.api;

import it.esibe.examples.archfixture.internal.Hidden;

/**
 * An API type whose type parameter is bounded by an internal type.
 *
 * @param <T> the type
 */
public interface Bounded<T extends Hidden> {
}
