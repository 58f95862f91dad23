package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.NoDuplicatesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated collection must not contain two equal elements, such as
 * {@code programs[].priorities} in ESIBE-FORMAT-v1 ("no duplicates").
 *
 * <p>Elements are compared with {@code equals}; {@code null} elements are ignored (they are left to
 * {@code @NotNull} on the element type). The violation is reported once, at the collection itself,
 * such as {@code programs[0].priorities}. A {@code null} collection is valid.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = NoDuplicatesValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoDuplicates {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.NoDuplicates.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
