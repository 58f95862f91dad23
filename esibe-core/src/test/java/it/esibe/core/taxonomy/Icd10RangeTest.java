package it.esibe.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * ICD-10 ranges with subcategory bounds (ESIBE-TAXONOMY v1.1: {@code PAT-INFECT} covers COVID-19,
 * U07.1–U07.2, and not U07.0), and the laws every range obeys.
 */
class Icd10RangeTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    @Test
    void covid19IsARangeOfTwoSubcategories() {
        Icd10Range covid = Icd10Range.parse("U07.1–U07.2");

        assertThat(covid).isEqualTo(new Icd10Range("U07.1", "U07.2")).isEqualTo(Icd10Range.parse("U07.1-U07.2"))
                .hasToString("U07.1–U07.2");
        assertThat(covid.contains("U07.1")).as("COVID-19, virus identified").isTrue();
        assertThat(covid.contains("U07.2")).as("COVID-19, virus not identified").isTrue();
        assertThat(covid.contains(" u071 ")).isTrue();
        assertThat(covid.contains("U07.0")).as("vaping-related disorder, the other emergency use of U07").isFalse();
        assertThat(covid.contains("U07")).as("the bare category is wider than the range").isFalse();
        assertThat(covid.contains("U07.3")).isFalse();
        assertThat(covid.contains("U08.9")).isFalse();
        assertThat(covid.contains("U06")).isFalse();
    }

    @Test
    void aSubcategoryBoundCoversWhatLiesBeneathIt() {
        Icd10Range fromCategory = new Icd10Range("U07", "U07.1");
        assertThat(fromCategory.contains("U07")).isTrue();
        assertThat(fromCategory.contains("U07.0")).isTrue();
        assertThat(fromCategory.contains("U07.1")).isTrue();
        assertThat(fromCategory.contains("U07.2")).isFalse();
        // A national extension one level below (ICD-10-GM style) stays under its WHO subcategory.
        assertThat(new Icd10Range("U07.1", "U07.1").contains("U07.10")).isTrue();
        assertThat(new Icd10Range("U07.1", "U07.1")).hasToString("U07.1");
    }

    @Test
    void boundsAreUpperCaseCategoriesOrDottedSubcategoriesInOrder() {
        assertThatThrownBy(() -> new Icd10Range("U07.2", "U07.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reversed");
        assertThatThrownBy(() -> new Icd10Range("U07.1", "U07")).as("U07 lies above U07.1, so it cannot end the range")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
        assertThatThrownBy(() -> new Icd10Range("u07.1", "U07.2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U07.1");
        assertThatThrownBy(() -> new Icd10Range("U07.", "U07.2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Icd10Range.parse("U07.1–U07.2–U07.3")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A category such as {@code C05}; letters near each other so that ranges and codes meet. */
    private static Gen<String> categories() {
        return integers().between('B', 'E').zip(integers().between(0, 99),
                (letter, n) -> (char) letter.intValue() + String.format(Locale.ROOT, "%02d", n));
    }

    /** A category, or a subcategory one or two characters below it ({@code C05.1}, {@code C05.12}). */
    private static Gen<String> codes() {
        return categories().zip(integers().between(-1, 99), (c, sub) -> sub < 0 ? c
                : sub < 10 ? c + "." + sub : c + "." + String.format(Locale.ROOT, "%02d", sub));
    }

    /** Bounds: categories or one-character subcategories, as WHO writes them. */
    private static Gen<String> bounds() {
        return categories().zip(integers().between(-1, 9), (c, sub) -> sub < 0 ? c : c + "." + sub);
    }

    private static Gen<Icd10Range> ranges() {
        return bounds().zip(bounds(), (a, b) -> a.replace(".", "").compareTo(b.replace(".", "")) <= 0
                ? new Icd10Range(a, b) : new Icd10Range(b, a));
    }

    @Test
    void howACodeIsWrittenNeverChangesWhetherItIsInARange() {
        QT.forAll(ranges(), codes()).checkAssert((range, code) -> {
            boolean in = range.contains(code);
            assertThat(range.contains(code.replace(".", ""))).as("%s in %s without its dot", code, range).isEqualTo(in);
            assertThat(range.contains(" " + code.toLowerCase(Locale.ROOT) + " ")).as("%s in %s", code, range)
                    .isEqualTo(in);
        });
    }

    @Test
    void rangesOfCategoriesContainWhatTheirCategoriesContainAsInV1() {
        // v1.1 added subcategory bounds; a range of whole categories is judged on the category alone, as before.
        QT.forAll(categories(), categories(), codes()).checkAssert((a, b, code) -> {
            Icd10Range range = a.compareTo(b) <= 0 ? new Icd10Range(a, b) : new Icd10Range(b, a);
            String category = code.substring(0, 3);
            boolean between = category.compareTo(range.from()) >= 0 && category.compareTo(range.to()) <= 0;
            assertThat(range.contains(code)).as("%s in %s", code, range).isEqualTo(between);
        });
    }

    @Test
    void aRangeContainsItsBoundsAndEveryCodeBeneathTheUpperOne() {
        QT.forAll(ranges(), integers().between(0, 9)).checkAssert((range, digit) -> {
            assertThat(range.contains(range.from())).as("%s", range).isTrue();
            assertThat(range.contains(range.to())).as("%s", range).isTrue();
            String beneath = range.to().contains(".") ? range.to() + digit : range.to() + "." + digit;
            assertThat(range.contains(beneath)).as("%s in %s", beneath, range).isTrue();
        });
    }
}
