package it.esibe.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.esibe.core.validation.internal.TextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string must be text as ESIBE-FORMAT-v1 (v1.1, "Reading the format exactly") reads
 * it: no control character (Unicode general category {@code Cc}: U+0000–U+001F and U+007F–U+009F,
 * tabs and line breaks included) and no unpaired surrogate; at most {@link #max()} characters,
 * counted in Unicode code points rather than UTF-16 units; and, with {@link #notBlank()}, at least
 * one character without Unicode's {@code White_Space} property (a name of two U+00A0 is blank;
 * U+200B is not white space).
 *
 * <p>Each broken rule is its own violation with its own message ({@code it.esibe.validation.Text.blank},
 * {@code .tooLong}, {@code .control}, {@code .surrogate}). Control characters are rejected in every
 * text field because a spreadsheet can be made to run a formula hidden behind a leading NUL.
 * {@code null} is valid.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    /**
     * {@return the message template of the violation when no more precise one applies} Each rule broken reports its own, more precise message.
     */
    String message() default "{it.esibe.validation.Text.message}";

    /** {@return the most characters (code points) allowed; by default no limit of its own} */
    int max() default Integer.MAX_VALUE;

    /** {@return whether the text must have a character that is not white space} */
    boolean notBlank() default false;

    /** {@return the validation groups the constraint belongs to} */
    Class<?>[] groups() default {};

    /** {@return metadata a client may attach to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
