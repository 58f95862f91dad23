/**
 * The ESIBE core API: the evaluator contract and the exception hierarchy.
 */
@NullMarked
package it.esibe.core;

import org.jspecify.annotations.NullMarked;
