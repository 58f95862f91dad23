package it.esibe.core.validation;

import static it.esibe.core.validation.Applications.specExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import it.esibe.core.decision.Violation;
import it.esibe.core.model.Company;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;

/**
 * The text rules of ESIBE-FORMAT-v1.1 ("Reading the format exactly"): lengths in code points, blank
 * in Unicode's sense, no control character and no unpaired surrogate in any text field.
 */
class TextRulesTest {

    private static final ApplicationValidator VALIDATOR = new ApplicationValidator(TestValidators.english());
    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    private static List<Violation> withName(String name) {
        return VALIDATOR.validate(specExample().company(new Company(name, null, Location.of("IT"), Location.of("IT")))
                .build());
    }

    private static List<Violation> withRegion(String region) {
        return VALIDATOR.validate(specExample().company(new Company("Esempio Bio S.r.l.", null,
                new Location("IT", region, null), Location.of("IT"))).build());
    }

    @Test
    void aNameOfLettersOutsideTheBasicPlaneIsCountedInCodePoints() {
        // 150 mathematical letters: 300 UTF-16 units, 150 characters; the limit is 200 characters.
        String name = "\uD835\uDC00".repeat(150);
        assertThat(name.length()).isEqualTo(300);
        assertThat(withName(name)).isEmpty();
        assertThat(withName("\uD835\uDC00".repeat(201))).extracting(Violation::message)
                .containsExactly("is too long: at most 200 characters");
    }

    @Test
    void twoHundredCharactersAreAllowedAndOneMoreIsNot() {
        QT.forAll(integers().between(1, 260)).checkAssert(n -> {
            List<Violation> v = withName("à".repeat(n));
            assertThat(v.isEmpty()).as("%d characters", n).isEqualTo(n <= 200);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0\u00A0", " ", "\u2007", "\u202F\u3000", "\u2029", "\u1680"})
    void aNameOfUnicodeWhiteSpaceIsBlank(String name) {
        assertThat(withName(name)).extracting(Violation::path, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("company.name",
                        "must not be blank: it needs at least one character that is not a space"));
    }

    @Test
    void aZeroWidthSpaceIsNotWhiteSpace() {
        // U+200B has no White_Space property: a name of it is not blank (and not a control either).
        assertThat(withName("\u200B")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000=HYPERLINK(\"http://x\")", "Bio\tS.r.l.", "Bio\nS.r.l.", "A\u007F", "A\u0085", "\u009F"})
    void aControlCharacterAnywhereIsAViolation(String name) {
        assertThat(withName(name)).extracting(Violation::message)
                .contains("must not contain control characters (such as NUL, tabs or line breaks)");
        assertThat(withRegion(name)).extracting(Violation::path).containsExactly("company.legalSeat.region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD835", "A\uDC00B", "\uDC00\uD835"})
    void anUnpairedSurrogateIsAViolation(String name) {
        assertThat(withName(name)).extracting(Violation::message).containsExactly(
                "contains a broken character (half of a pair that encodes one character): it is not valid Unicode text");
    }

    @Test
    void everyTextFieldIsChecked() {
        List<Violation> v = VALIDATOR.validate(specExample()
                .programs(new Program("T\u0001", "TEC-\u0000", List.of("PAT-ONCO\u0007"))).build());
        assertThat(v).extracting(Violation::path).containsExactly("programs[0].priorities[0]",
                "programs[0].technology", "programs[0].title");
    }
}
