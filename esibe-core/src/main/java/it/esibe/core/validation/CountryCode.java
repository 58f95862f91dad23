package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.CountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string must be an officially assigned ISO 3166-1 alpha-2 country code in upper case,
 * such as {@code IT}: the rule of {@code company.legalSeat.country} and
 * {@code company.headquarters.country} in the ESIBE-FORMAT-v1 field table.
 *
 * <p>The 249 officially assigned codes are fixed in the library, so the result does not depend on
 * the JDK: user-assigned or reserved codes such as {@code XK}, {@code UK} or {@code EU} are rejected,
 * and so is lower case. {@code null} is valid: add {@code @NotNull} where the code is required.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.CountryCode.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
