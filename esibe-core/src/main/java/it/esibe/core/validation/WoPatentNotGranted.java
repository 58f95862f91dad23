package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.WoPatentNotGrantedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link it.esibe.core.model.Patent}: a number starting with {@code WO} can never have status
 * {@code GRANTED} (ESIBE-FORMAT-v1, {@code patents[].status}).
 *
 * <p>A {@code WO} number is an international (PCT) application, which no office grants as such; the
 * patents granted on it have national or regional numbers. The violation is reported at the
 * {@code status} property, such as {@code patents[0].status}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = WoPatentNotGrantedValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WoPatentNotGranted {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.WoPatentNotGranted.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
