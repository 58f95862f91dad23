package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.UniqueFiscalYearsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On an {@link it.esibe.core.model.Application}: no two {@code fiscalYears} entries may have the same
 * {@code year} (ESIBE-FORMAT-v1, {@code fiscalYears[]}: "years unique").
 *
 * <p>The first entry of a year is kept as the reference; every later entry with the same year is
 * reported at its own {@code year} property, such as {@code fiscalYears[2].year}. Absent entries and
 * absent years are left to {@code @NotNull}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = UniqueFiscalYearsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueFiscalYears {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.UniqueFiscalYears.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
