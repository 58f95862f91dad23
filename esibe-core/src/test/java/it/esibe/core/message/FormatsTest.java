package it.esibe.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * {@link Template} and {@link Formats} write exactly what {@link MessageFormat} and
 * {@link DecimalFormat} write for ESIBE's patterns, and a figure judged against a threshold is
 * never printed on the other side of it.
 */
class FormatsTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(2000);
    }

    private static DecimalFormat reference(String pattern, char grouping, char decimal) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    @Test
    void decimalsFormatLikeTheDecimalFormatPatterns() {
        String[] patterns = {"#,##0.00", "#,##0.###", "#,##0.####"};
        int[][] fractions = {{2, 2}, {0, 3}, {0, 4}};
        qt().forAll(longs().between(-5_000_000_000_000L, 5_000_000_000_000L), integers().between(0, 7),
                integers().between(0, 2)).checkAssert((unscaled, scale, p) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    for (char[] seps : new char[][] {{'.', ','}, {',', '.'}}) {
                        assertThat(Formats.format(value, fractions[p][0], fractions[p][1], seps[0], seps[1]))
                                .as("%s as %s", value, patterns[p])
                                .isEqualTo(reference(patterns[p], seps[0], seps[1]).format(value));
                    }
                });
    }

    /**
     * Beyond the amounts of an application: values of up to 40 digits and up to 24 decimals shown
     * (the decimals that keep a figure on its side of a threshold can be many), through both ways of
     * writing a number (from its {@code long} digits up to 18 digits, from its plain string beyond).
     */
    @Test
    void decimalsOfAnySizeFormatLikeTheDecimalFormatPatterns() {
        qt().forAll(longs().all(), longs().between(0, 999_999_999_999L), integers().between(0, 24),
                integers().between(0, 24)).checkAssert((high, low, scale, max) -> {
                    BigDecimal value = new BigDecimal(java.math.BigInteger.valueOf(high).shiftLeft((int) (low % 70))
                            .add(java.math.BigInteger.valueOf(low)), scale);
                    int min = Math.min(max, (int) (low % 3));
                    String pattern = "#,##0" + (max == 0 ? "" : "." + "0".repeat(min) + "#".repeat(max - min));
                    // A negative value that rounds to zero is written 0, where DecimalFormat writes -0.
                    BigDecimal shown = value.setScale(max, RoundingMode.HALF_EVEN).signum() == 0 ? value.abs() : value;
                    for (char[] seps : new char[][] {{'.', ','}, {',', '.'}}) {
                        DecimalFormat reference = reference(pattern, seps[0], seps[1]);
                        assertThat(Formats.format(value, min, max, seps[0], seps[1]))
                                .as("%s as %s", value, pattern).isEqualTo(reference.format(shown));
                    }
                });
    }

    @Test
    void decimalsRoundHalfEvenAtTheLastDigit() {
        // From the patterns' definition, not from either implementation: 0.125 → 0.12, 0.135 → 0.14.
        assertThat(Formats.format(new BigDecimal("1234567.125"), 2, 2, ',', '.')).isEqualTo("1,234,567.12");
        assertThat(Formats.format(new BigDecimal("0.135"), 2, 2, '.', ',')).isEqualTo("0,14");
        assertThat(Formats.format(new BigDecimal("249.99950"), 0, 3, ',', '.')).isEqualTo("250");
        assertThat(Formats.format(new BigDecimal("38.5"), 0, 3, '.', ',')).isEqualTo("38,5");
    }

    @Test
    void templatesFormatEveryMessageLikeMessageFormat() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_it.properties"}) {
            Locale locale = file.contains("_it") ? Locale.ITALIAN : Locale.ENGLISH;
            Properties p = new Properties();
            try (InputStream in = Formats.class.getResourceAsStream("/it/esibe/core/message/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames()).isNotEmpty();
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.matches(".*\\{[A-Za-z].*")) {
                    continue; // named slots are ESIBE's own; MessageFormat has none
                }
                String[] args = {"a'{b}", "2.000.000,00 EUR", "x", "''", "{9}"};
                assertThat(Template.compile(pattern, locale).format(args, Map.of())).as(key)
                        .isEqualTo(new MessageFormat(pattern, locale).format(args));
            }
        }
    }

    @Test
    void namedSlotsTakeNamedArgumentsAndQuotingHidesThem() {
        Template t = Template.compile("at most {max} characters, not '{max}' nor {0}", Locale.ENGLISH);
        assertThat(t.format(new String[] {"zero"}, Map.of("max", "200"))).isEqualTo(
                "at most 200 characters, not {max} nor zero");
        assertThat(t.format(new String[0], Map.of())).isEqualTo("at most {max} characters, not {max} nor {0}");
    }

    @Test
    void aFigureIsNeverPrintedAcrossItsThreshold() {
        // Within a cent, or a thousandth of a unit, of the thresholds of ESIBE-RULES-v1.
        qt().forAll(longs().between(-100_000, 100_000), integers().between(0, 3)).checkAssert((offset, which) -> {
            BigDecimal[] thresholds = {new BigDecimal("2000000.00"), new BigDecimal("50000000.00"),
                new BigDecimal("250"), new BigDecimal("50")};
            BigDecimal threshold = thresholds[which];
            // Offsets of millionths around the threshold: far finer than the default decimals.
            BigDecimal value = threshold.add(BigDecimal.valueOf(offset, 6));
            int decimals = Formats.decimalsToShowSide(value, threshold, 2);
            BigDecimal printed = new BigDecimal(Formats.format(value, 0, decimals, ',', '.').replace(",", ""));
            BigDecimal printedThreshold = new BigDecimal(Formats.format(threshold, 0, decimals, ',', '.')
                    .replace(",", ""));
            assertThat(Integer.signum(printed.compareTo(printedThreshold))).as("%s against %s", value, threshold)
                    .isEqualTo(Integer.signum(value.compareTo(threshold)));
            assertThat(decimals).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(Math.max(2, value.scale()));
        });
    }

    @Test
    void theSpecsExamplesShowTheirSide() {
        // ESIBE-CHANGES-v1.1, point 7: 1.000.000,01 of 2.000.000,00 is more than half; 249.9996 AWU is below 250.
        BigDecimal pct = new BigDecimal("100000001").multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("200000000"), java.math.MathContext.DECIMAL128);
        assertThat(Formats.format(pct, 2, Formats.decimalsToShowSide(pct, BigDecimal.valueOf(50), 2), '.', ','))
                .isEqualTo("50,0000005");
        BigDecimal staff = new BigDecimal("249.9996");
        assertThat(Formats.format(staff, 0, Formats.decimalsToShowSide(staff, BigDecimal.valueOf(250), 3), '.', ','))
                .isEqualTo("249,9996");
        // Exactly on the threshold, the usual decimals.
        assertThat(Formats.decimalsToShowSide(new BigDecimal("50"), BigDecimal.valueOf(50), 2)).isEqualTo(2);
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThemInProse() {
        java.time.LocalDate d = java.time.LocalDate.of(2025, 3, 15);
        assertThat(Formats.date(Locale.ITALIAN, d)).isEqualTo("15/03/2025");
        assertThat(Formats.date(Locale.GERMAN, d)).isEqualTo("15.03.2025");
        assertThat(Formats.date(Locale.ENGLISH, d)).isEqualTo("2025-03-15");
    }

    @Test
    void wholeNumbersAreGroupedFromTenThousandOn() {
        assertThat(Formats.count(Locale.ITALIAN, 2024)).isEqualTo("2024");
        assertThat(Formats.count(Locale.ITALIAN, 9999)).isEqualTo("9999");
        assertThat(Formats.count(Locale.ITALIAN, 10_000)).isEqualTo("10.000");
        assertThat(Formats.count(Locale.ENGLISH, 1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void templatesFollowMessageFormatQuoting() {
        String[] patterns = {"l''{0}", "'{0}' is {0}", "{1}{0}", "no args", "{0} and {3}"};
        String[] args = {"A", "B"};
        for (String pattern : patterns) {
            assertThat(Template.compile(pattern, Locale.ENGLISH).format(args, Map.of())).as(pattern)
                    .isEqualTo(new MessageFormat(pattern, Locale.ENGLISH).format(args));
        }
    }
}
