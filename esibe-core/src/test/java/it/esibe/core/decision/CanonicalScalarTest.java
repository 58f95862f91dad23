package it.esibe.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.model.CanonicalNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * A number held by a fact or a parameter value is the number its canonical JSON text reads back as
 * ({@link CanonicalNumber#of}): the same digits and the same scale, whether it took the string's
 * way or the shortcut for numbers of up to 18 digits.
 */
class CanonicalScalarTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L))
            .withExamples(5000);

    /** The definition: the canonical text, read back. */
    private static BigDecimal readBack(BigDecimal value) {
        return new BigDecimal(CanonicalNumber.of(value));
    }

    private static void holdsItsCanonicalForm(BigDecimal value) {
        BigDecimal fact = (BigDecimal) Fact.of("turnover", value).value();
        BigDecimal parameter = (BigDecimal) new ParameterValue("sme.maxTurnover", value).value();
        // equals compares the scale too: 1.50 and 1.5 differ.
        assertThat(fact).as("%s", value).isEqualTo(readBack(value));
        assertThat(parameter).as("%s", value).isEqualTo(readBack(value));
    }

    @Test
    void anyLongAtAnyScale() {
        QT.forAll(longs().all(), integers().between(-40, 40))
                .checkAssert((unscaled, scale) -> holdsItsCanonicalForm(BigDecimal.valueOf(unscaled, scale)));
    }

    @Test
    void roundNumbersWhoseZerosAreStripped() {
        // Random longs rarely end in zeros; these do, at scales on both sides of zero.
        QT.forAll(longs().between(-1_000_000, 1_000_000), integers().between(0, 12), integers().between(-20, 20))
                .checkAssert((digits, zeros, scale) -> holdsItsCanonicalForm(
                        new BigDecimal(BigInteger.valueOf(digits).multiply(BigInteger.TEN.pow(zeros)), scale)));
    }

    @Test
    void scalesAroundTheLimitOfThePlainForm() {
        // Beyond MAX_PLAIN_DIGITS digits the canonical text turns scientific, and keeps a negative scale.
        int limit = CanonicalNumber.MAX_PLAIN_DIGITS;
        QT.forAll(longs().between(-999, 999), integers().between(-limit - 30, limit + 30))
                .checkAssert((unscaled, scale) -> holdsItsCanonicalForm(BigDecimal.valueOf(unscaled, scale)));
    }

    @Test
    void numbersOfMoreThanEighteenDigits() {
        QT.forAll(longs().all(), longs().all(), integers().between(-30, 30))
                .checkAssert((high, low, scale) -> holdsItsCanonicalForm(new BigDecimal(
                        BigInteger.valueOf(high).shiftLeft(64).add(BigInteger.valueOf(low)), scale)));
    }
}
