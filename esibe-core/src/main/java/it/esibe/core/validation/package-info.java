/**
 * Jakarta Validation constraints for the rules of the ESIBE-FORMAT-v1 field table that the standard
 * constraints cannot express, and {@link it.esibe.core.validation.ApplicationValidator}, which turns
 * their violations into {@link it.esibe.core.decision.Violation}s with JSON paths.
 *
 * <p>The constraints need a Jakarta Validation provider at run time (Hibernate Validator 9 is the one
 * tested); the caller supplies it. Their messages are keys of the {@code ContributorValidationMessages} bundle
 * (English and Italian; HV merges it across jars, and an
 * application's own {@code ValidationMessages} may override any key) and use no EL expressions, so a parameter-only interpolator suffices.
 */
@NullMarked
package it.esibe.core.validation;

import org.jspecify.annotations.NullMarked;
