package it.esibe.core.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small record model that the direct validator's code never mentions, with constraints of every
 * kind the derivation reads: if it checks these, it follows the declaration rather than a list.
 */
final class Shelves {

    private Shelves() {
    }

    /** A shelf: field constraints, list element constraints, two cascades and a class-level rule. */
    @AtMostBooks(limit = 3)
    public record Shelf(
            @NotNull @Size(min = 2, max = 5, message = "{fixture.Label.message}") String label,
            @Nullable @Pattern(regexp = "[A-Z]{3}", message = "{fixture.Code.message}") String code,
            @Nullable @Min(3) Long copies,
            List<@NotNull @Valid Book> books,
            @Nullable @Valid Book featured) {
    }

    /** A book: a constraint with its own validator and an attribute, and constraints on list elements. */
    public record Book(
            @NotNull @Even(max = 500) Integer pages,
            List<@Size(max = 3, message = "{fixture.Tag.message}") String> tags) {
    }

    /** An even number of at most {@code max}. */
    @Constraint(validatedBy = EvenValidator.class)
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    public @interface Even {
        /** The message template. */
        String message() default "{fixture.Even.message}";

        /** The largest number allowed. */
        int max();

        /** The groups. */
        Class<?>[] groups() default {};

        /** The payload. */
        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Even}, initialised with the annotation as a provider does. */
    public static final class EvenValidator implements ConstraintValidator<Even, Integer> {
        private int max;

        @Override
        public void initialize(Even constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
            return value == null || value % 2 == 0 && value <= max;
        }
    }

    /** A shelf holding at most {@code limit} books, reported at its {@code books}. */
    @Constraint(validatedBy = AtMostBooksValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface AtMostBooks {
        /** The message template. */
        String message() default "{fixture.AtMostBooks.message}";

        /** The most books allowed. */
        int limit();

        /** The groups. */
        Class<?>[] groups() default {};

        /** The payload. */
        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link AtMostBooks}. */
    public static final class AtMostBooksValidator implements ConstraintValidator<AtMostBooks, Shelf> {
        private int limit;

        @Override
        public void initialize(AtMostBooks constraint) {
            limit = constraint.limit();
        }

        @Override
        public boolean isValid(@Nullable Shelf shelf, ConstraintValidatorContext context) {
            if (shelf == null || shelf.books() == null || shelf.books().size() <= limit) {
                return true;
            }
            Violations.reportAt(context, "books");
            return false;
        }
    }

    /** A built-in the derivation does not restate. */
    public record Mailbox(@Email String address) {
    }

    /** A validation group. */
    public interface Checked {
    }

    /** A group other than Default. */
    public record Strict(@NotNull(groups = Checked.class) String name) {
    }

    /** A container element constraint on a map. */
    public record Index(Map<String, @NotNull String> entries) {
    }

    /** A cascade into something that is not a record. */
    public record Wrapper(@Valid Object content) {
    }

    /** A record that cascades into an unsupported one: the failure names the nested component. */
    public record Outer(@Valid Mailbox mailbox) {
    }
}
