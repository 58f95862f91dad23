package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.ShareValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated number must be a percentage from 0 to 100, both included, with at most 4
 * decimals: the rule of every capital and voting share in ESIBE-FORMAT-v1.
 *
 * <p>A share out of range reports {@code it.esibe.validation.Share.message}, one with too many
 * decimals {@code it.esibe.validation.Share.decimals}. {@code null} is valid.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = ShareValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Share {

    /**
     * {@return the message template of the violation when no more precise one applies} Each rule broken reports its own, more precise message.
     */
    String message() default "{it.esibe.validation.Share.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
