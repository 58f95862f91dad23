package it.esibe.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apiguardian.api.API;

/**
 * The text of a number in ESIBE's canonical JSON, whose SHA-256 is a decision's
 * {@code inputSha256} (ESIBE-FORMAT-v1.1, "Decision"): one rule for the application a reader parsed
 * and the one an embedder built in Java ({@link Application#inputSha256()}), so that both hash alike.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class CanonicalNumber {

    /**
     * The most digits a number's plain form may have before or after the point; beyond, the exponent
     * form of its normalised value is written (no application the format allows has such a number).
     */
    public static final int MAX_PLAIN_DIGITS = 1_000;

    private CanonicalNumber() {
    }

    /**
     * The canonical text of {@code value}: plain notation, no exponent, no trailing fractional zeros,
     * {@code 0} for any zero; a number with more than {@value #MAX_PLAIN_DIGITS} digits before or
     * after the point keeps the exponent form of its stripped value, so that it is written exactly
     * and in bounded space (no application the format allows has one).
     *
     * @param value the number
     * @return its canonical text, such as {@code 120000} for {@code 1.2E+5} or {@code 120000.00}
     */
    public static String of(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = strip(value);
        long scale = stripped.scale();
        long integerDigits = stripped.precision() - scale;
        if (scale > MAX_PLAIN_DIGITS || integerDigits > MAX_PLAIN_DIGITS) {
            return stripped.toString();
        }
        return stripped.toPlainString();
    }

    /**
     * {@code value} without trailing zeros in its unscaled value; for a huge unscaled value, the
     * zeros are counted in its text and removed in one division, since
     * {@link BigDecimal#stripTrailingZeros} takes time quadratic in them.
     */
    private static BigDecimal strip(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 4096) {
            return value.stripTrailingZeros();
        }
        String digits = unscaled.abs().toString();
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        long scale = (long) value.scale() - zeros;
        if (zeros == 0 || scale < Integer.MIN_VALUE) {
            return value;
        }
        BigInteger kept = new BigInteger(digits.substring(0, digits.length() - zeros));
        return new BigDecimal(unscaled.signum() < 0 ? kept.negate() : kept, (int) scale);
    }
}
