package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.EuroAmountValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link java.math.BigDecimal} must be an amount in euro: 0 or more, with at most 2
 * decimals (cent precision), as ESIBE-FORMAT-v1 requires of every amount.
 *
 * <p>Trailing zeros do not count as decimals: {@code 1.50}, {@code 1.500} and {@code 1E+3} are
 * valid, {@code 1.005} and {@code -0.01} are not. {@code null} is valid (an absent figure is unknown,
 * not zero). The check costs time proportional to the digits written, whatever the exponent.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = EuroAmountValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface EuroAmount {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.EuroAmount.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
