package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.PartitaIvaValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string must be an Italian partita IVA (VAT number): the rule of
 * {@code company.vatNumber} in the ESIBE-FORMAT-v1 field table.
 *
 * <p>Valid values are 11 ASCII digits, optionally preceded by the upper-case prefix {@code IT}
 * (a lower-case {@code it} is rejected), where the first 7 digits (the taxpayer number) are not all
 * zero, digits 8–10 (the office code) are {@code 001}–{@code 100}, {@code 120}, {@code 121},
 * {@code 888} or {@code 999}, and the 11th digit is the Luhn check digit of the first 10. No
 * spaces or other separators are allowed. {@code null} is valid: add {@code @NotNull} where the
 * number is required.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = PartitaIvaValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PartitaIva {

    /** {@return the message template: by default a key of the {@code ContributorValidationMessages} bundle} */
    String message() default "{it.esibe.validation.PartitaIva.message}";

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
