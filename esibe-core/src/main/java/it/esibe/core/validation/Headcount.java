package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number must be a staff headcount in annual work units: 0 or more, fractions allowed
 * (ESIBE-FORMAT-v1, {@code staffHeadcount} of fiscal years, holders and participations).
 *
 * <p>Composed of {@link DecimalMin @DecimalMin("0")} with a message of its own: the standard message
 * of {@code @DecimalMin} uses EL, which a parameter-only interpolator leaves as raw {@code ${…}}
 * text. {@code null} is valid (an absent figure is unknown).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@ReportAsSingleViolation
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Headcount {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.Headcount.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
