package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.LicenceExpiryOnlyIfLicensedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link it.esibe.core.model.Patent}: {@code licenceExpiresOn} is only allowed when
 * {@code holding} is {@code LICENSED} (ESIBE-FORMAT-v1, {@code patents[].licenceExpiresOn}).
 *
 * <p>The violation is reported at the {@code licenceExpiresOn} property, such as
 * {@code patents[0].licenceExpiresOn}. An absent holding is left to {@code @NotNull}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = LicenceExpiryOnlyIfLicensedValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface LicenceExpiryOnlyIfLicensed {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.LicenceExpiryOnlyIfLicensed.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
