package it.esibe.core.validation.internal;

import it.esibe.core.validation.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Text}: no control character or unpaired surrogate, a length in code points, and
 * Unicode's idea of blank. One pass over the characters, whatever the rules asked for.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TextValidator implements ConstraintValidator<Text, String> {

    private int max = Integer.MAX_VALUE;
    private boolean notBlank;

    /** For the Jakarta Validation provider. */
    public TextValidator() {
    }

    @Override
    public void initialize(Text constraint) {
        this.max = constraint.max();
        this.notBlank = constraint.notBlank();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean control = false;
        boolean surrogate = false;
        boolean blank = true;
        long codePoints = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            codePoints++;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                // A pair is one code point, outside the Basic Multilingual Plane: never blank or a control.
                i++;
                blank = false;
                continue;
            }
            if (Character.isSurrogate(c)) {
                surrogate = true;
            } else if (Character.getType(c) == Character.CONTROL) {
                control = true;
            }
            // Only White_Space makes a text blank: a NUL or a broken character is content, if bad content.
            if (!isWhiteSpace(c)) {
                blank = false;
            }
        }
        boolean valid = true;
        if (control || surrogate || (notBlank && blank) || codePoints > max) {
            context.disableDefaultConstraintViolation();
            valid = false;
        }
        if (control) {
            add(context, "it.esibe.validation.Text.control");
        }
        if (surrogate) {
            add(context, "it.esibe.validation.Text.surrogate");
        }
        if (notBlank && blank) {
            add(context, "it.esibe.validation.Text.blank");
        }
        if (codePoints > max) {
            add(context, "it.esibe.validation.Text.tooLong");
        }
        return valid;
    }

    private static void add(ConstraintValidatorContext context, String key) {
        context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
    }

    /**
     * Unicode's {@code White_Space} property for a character of the Basic Multilingual Plane: the
     * space separators (Zs: U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), the
     * line and paragraph separators (U+2028, U+2029), and the controls U+0009–U+000D and U+0085.
     * Not {@link Character#isWhitespace}, which leaves out the no-break spaces.
     */
    static boolean isWhiteSpace(char c) {
        return Character.isSpaceChar(c) || c >= 0x09 && c <= 0x0D || c == 0x85;
    }
}
