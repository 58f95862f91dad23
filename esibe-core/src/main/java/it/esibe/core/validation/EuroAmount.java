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
import org.apiguardian.api.API;

/**
 * The annotated {@link java.math.BigDecimal} must be an amount in euro as ESIBE-FORMAT-v1 reads
 * it: 0 or more, at most 999 999 999 999 999.99 (15 integer digits) and with at most 2 decimals
 * (cent precision). The rule of every amount: the applicant's, its holders' and its participations'.
 *
 * <p>Trailing zeros do not count as decimals: {@code 1.50}, {@code 1.500} and {@code 1E+3} are
 * valid, {@code 1.005} and {@code -0.01} are not. Each broken rule has its own message
 * ({@code it.esibe.validation.EuroAmount.negative}, {@code .tooLarge}, {@code .decimals}), so that
 * "too large" is never said of a tiny number. {@code null} is valid (an absent figure is unknown,
 * not zero). The check costs time bounded by the digits written, whatever the exponent
 * ({@code 1E+99999999} is rejected at once).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = EuroAmountValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface EuroAmount {

    /**
     * {@return the message template of the violation when no more precise one applies} Each rule broken reports its own, more precise message.
     */
    String message() default "{it.esibe.validation.EuroAmount.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
