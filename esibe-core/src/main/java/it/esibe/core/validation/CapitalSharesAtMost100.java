package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.CapitalSharesAtMost100Validator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On an {@link it.esibe.core.model.Ownership}: the holders' capital shares must sum to at most 100
 * (ESIBE-FORMAT-v1, {@code ownership.holders[].capitalShare}).
 *
 * <p>A sum of exactly 100 is valid. The violation is reported once, at the {@code holders} property
 * ({@code ownership.holders}). Shares that are absent or outside 0–100 are left out of the sum: their
 * own constraints report them. The sum is exact for shares of up to 1 000 decimals; beyond that it
 * is rounded up, so absurdly precise shares may be reported, but an excess is never missed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = CapitalSharesAtMost100Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CapitalSharesAtMost100 {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.CapitalSharesAtMost100.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
