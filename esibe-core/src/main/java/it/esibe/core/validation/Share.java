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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number must be a percentage from 0 to 100, both included: the rule of every capital
 * and voting share in the ESIBE-FORMAT-v1 field table.
 *
 * <p>Composed of {@link DecimalMin @DecimalMin("0")} and {@link DecimalMax @DecimalMax("100")},
 * reported as one violation with one message that names both bounds. It exists because the
 * standard messages of those two constraints use EL, which a parameter-only interpolator leaves
 * as raw {@code ${…}} text. Any number of decimals is allowed; {@code null} is valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax("100")
@ReportAsSingleViolation
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Share {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.Share.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
