package it.esibe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.validation.internal.EuroAmountValidator;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The amount rule of ESIBE-FORMAT-v1.1 (0 to 999 999 999 999 999.99, at most 2 decimals) over generated amounts. */
class EuroAmountTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    private static final BigDecimal MAX = new BigDecimal("999999999999999.99");

    /** The spec's definition: trailing zeros are not decimals; 15 integer digits at most. */
    private static boolean reference(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(MAX) <= 0 && value.stripTrailingZeros().scale() <= 2;
    }

    private static boolean valid(BigDecimal value) {
        return EuroAmountValidator.isAmount(value);
    }

    @Test
    void agreesWithStripTrailingZeros() {
        QT.forAll(longs().all(), integers().between(-30, 30))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    assertThat(valid(value)).as("%s", value).isEqualTo(reference(value));
                });
    }

    @Test
    void agreesWithStripTrailingZerosOnRoundNumbers() {
        // Random longs rarely end in zeros; these do, at every scale around the cent.
        QT.forAll(longs().between(-1_000_000, 1_000_000), integers().between(0, 12), integers().between(-5, 20))
                .checkAssert((digits, zeros, scale) -> {
                    BigDecimal value = new BigDecimal(BigInteger.valueOf(digits).multiply(BigInteger.TEN.pow(zeros)),
                            scale);
                    assertThat(valid(value)).as("%s", value).isEqualTo(reference(value));
                });
    }

    @Test
    void everyCentAmountUpToTheLimitIsValid() {
        QT.forAll(longs().between(0, 99_999_999_999_999_999L))
                .checkAssert(cents -> assertThat(valid(BigDecimal.valueOf(cents, 2))).isTrue());
    }

    @Test
    void aCentAboveTheLimitIsInvalid() {
        QT.forAll(longs().between(100_000_000_000_000_000L, Long.MAX_VALUE))
                .checkAssert(cents -> assertThat(valid(BigDecimal.valueOf(cents, 2))).isFalse());
    }

    @Test
    void aThirdDecimalIsInvalid() {
        QT.forAll(longs().between(0, 99_999_999_999_999_999L), integers().between(1, 9))
                .checkAssert((cents, mills) -> assertThat(valid(BigDecimal.valueOf(cents * 10 + mills, 3))).isFalse());
    }

    @Test
    void trailingZerosOfAHugeNumberAreNotDecimals() {
        // stripTrailingZeros would divide a 20 000-digit number by ten 19 999 times.
        BigDecimal one = new BigDecimal(BigInteger.TEN.pow(20_000), 20_000);

        assertThat(valid(one)).isTrue();
        assertThat(valid(new BigDecimal(BigInteger.TEN.pow(20_000).add(BigInteger.ONE), 20_000))).isFalse();
        assertThat(EuroAmountValidator.hasAtMostTwoDecimals(one)).isTrue();
    }
}
