package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.RdItalyWithinTotalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link it.esibe.core.model.FiscalYear}: {@code rdExpenditureItaly} must not exceed
 * {@code rdExpenditure} when both are present (ESIBE-FORMAT-v1, {@code fiscalYears[].*} amounts).
 *
 * <p>Equal amounts are valid. The violation is reported at the {@code rdExpenditureItaly} property,
 * so its path is such as {@code fiscalYears[0].rdExpenditureItaly}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = RdItalyWithinTotalValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RdItalyWithinTotal {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.RdItalyWithinTotal.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
