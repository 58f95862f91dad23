package it.esibe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import it.esibe.core.validation.internal.PartitaIvaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Properties of the partita IVA rule of ESIBE-FORMAT-v1 over many generated numbers. */
class PartitaIvaTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    /** The office codes the format spec allows: 001–100, 120, 121, 888, 999. */
    private static final List<Integer> OFFICES = allowedOffices();

    private static List<Integer> allowedOffices() {
        List<Integer> offices = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(offices::add);
        offices.addAll(List.of(120, 121, 888, 999));
        return offices;
    }

    private static String prefix(int taxpayer, int office) {
        return String.format("%07d%03d", taxpayer, office);
    }

    private static long verifyingCheckDigits(String prefix) {
        return IntStream.rangeClosed(0, 9).filter(d -> PartitaIvaValidator.isValid(prefix + d)).count();
    }

    @Test
    void exactlyOneCheckDigitVerifiesAValidPrefix() {
        QT.forAll(integers().between(1, 9_999_999), arbitrary().pick(OFFICES))
                .checkAssert((taxpayer, office) -> assertThat(verifyingCheckDigits(prefix(taxpayer, office)))
                        .as("check digits of %s", prefix(taxpayer, office))
                        .isEqualTo(1));
    }

    @Test
    void theItPrefixNeverChangesTheAnswer() {
        QT.forAll(integers().between(0, 9_999_999), integers().between(0, 999), integers().between(0, 9))
                .checkAssert((taxpayer, office, check) -> {
                    String digits = prefix(taxpayer, office) + check;
                    assertThat(PartitaIvaValidator.isValid("IT" + digits)).isEqualTo(PartitaIvaValidator.isValid(digits));
                    assertThat(PartitaIvaValidator.isValid("it" + digits)).isFalse();
                });
    }

    @Test
    void noCheckDigitVerifiesAnUnknownOffice() {
        QT.forAll(integers().between(1, 9_999_999), integers().between(0, 999))
                .assuming((taxpayer, office) -> !OFFICES.contains(office))
                .checkAssert((taxpayer, office) -> assertThat(verifyingCheckDigits(prefix(taxpayer, office))).isZero());
    }

    @Test
    void noCheckDigitVerifiesAnAllZeroTaxpayer() {
        QT.forAll(arbitrary().pick(OFFICES))
                .checkAssert(office -> assertThat(verifyingCheckDigits(prefix(0, office))).isZero());
    }

    @Test
    void changingOneDigitBreaksTheCheck() {
        // Luhn catches every single-digit error: the position weights map 0-9 one-to-one.
        QT.forAll(integers().between(1, 9_999_999), arbitrary().pick(OFFICES), integers().between(0, 9),
                        integers().between(1, 9))
                .checkAssert((taxpayer, office, position, delta) -> {
                    String prefix = prefix(taxpayer, office);
                    int check = IntStream.rangeClosed(0, 9).filter(d -> PartitaIvaValidator.isValid(prefix + d))
                            .findFirst().orElseThrow();
                    char[] changed = (prefix + check).toCharArray();
                    changed[position] = (char) ('0' + (changed[position] - '0' + delta) % 10);
                    String mutated = new String(changed);
                    // A changed office or taxpayer digit may also make the number invalid for that reason.
                    assertThat(PartitaIvaValidator.isValid(mutated)).as(mutated).isFalse();
                });
    }
}
