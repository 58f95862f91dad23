package it.esibe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.validation.internal.EuroAmountValidator;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The "at most 2 decimals" rule of ESIBE-FORMAT-v1 over generated amounts. */
class EuroAmountTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    /** The definition the team agreed on: trailing zeros are not decimals. */
    private static boolean reference(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2;
    }

    private static boolean valid(BigDecimal value) {
        return new EuroAmountValidator().isValid(value, null);
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
    void everyCentAmountIsValid() {
        QT.forAll(longs().between(0, Long.MAX_VALUE))
                .checkAssert(cents -> assertThat(valid(BigDecimal.valueOf(cents, 2))).isTrue());
    }

    @Test
    void aThirdDecimalIsInvalid() {
        QT.forAll(longs().between(0, Long.MAX_VALUE / 10), integers().between(1, 9))
                .checkAssert((cents, mills) -> assertThat(valid(BigDecimal.valueOf(cents * 10 + mills, 3))).isFalse());
    }

    @Test
    void trailingZerosOfAHugeNumberAreNotDecimals() {
        // stripTrailingZeros would divide a 20 000-digit number by ten 19 999 times.
        BigDecimal value = new BigDecimal(BigInteger.TEN.pow(20_000), 20_000);

        assertThat(valid(value)).isTrue();
        assertThat(valid(new BigDecimal(BigInteger.TEN.pow(20_000).add(BigInteger.ONE), 20_000))).isFalse();
    }
}
