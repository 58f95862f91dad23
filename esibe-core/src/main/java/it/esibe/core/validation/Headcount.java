package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.HeadcountValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated number must be a staff figure in annual work units as ESIBE-FORMAT-v1 reads it:
 * 0 or more, at most 10 000 000, with at most 2 decimals ({@code staffHeadcount} of fiscal years,
 * holders and participations).
 *
 * <p>Each broken rule has its own message ({@code it.esibe.validation.Headcount.negative},
 * {@code .tooLarge}, {@code .decimals}). {@code null} is valid (an absent figure is unknown).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = HeadcountValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Headcount {

    /**
     * {@return the message template of the violation when no more precise one applies} Each rule broken reports its own, more precise message.
     */
    String message() default "{it.esibe.validation.Headcount.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
