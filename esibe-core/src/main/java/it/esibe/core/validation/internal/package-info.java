/**
 * The {@link jakarta.validation.ConstraintValidator} implementations of the constraints in
 * {@link it.esibe.core.validation}: not part of the API.
 *
 * <p>The package is not exported, only opened to Hibernate Validator, which instantiates the
 * validators reflectively through their public no-argument constructors.
 */
@NullMarked
package it.esibe.core.validation.internal;

import org.jspecify.annotations.NullMarked;
