package it.esibe.rules.internal;

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
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * {@link Template} and {@link Decimals} write exactly what {@link MessageFormat} and
 * {@link DecimalFormat} write, so that replacing them left every decision byte-identical.
 */
class FormattingEquivalenceTest {

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
                        assertThat(Decimals.format(value, fractions[p][0], fractions[p][1], seps[0], seps[1]))
                                .as("%s as %s", value, patterns[p])
                                .isEqualTo(reference(patterns[p], seps[0], seps[1]).format(value));
                    }
                });
    }

    @Test
    void decimalsRoundHalfEvenAtTheLastDigit() {
        // From the patterns' definition, not from either implementation: 0.125 → 0.12, 0.135 → 0.14.
        assertThat(Decimals.format(new BigDecimal("1234567.125"), 2, 2, ',', '.')).isEqualTo("1,234,567.12");
        assertThat(Decimals.format(new BigDecimal("0.135"), 2, 2, '.', ',')).isEqualTo("0,14");
        assertThat(Decimals.format(new BigDecimal("249.99950"), 0, 3, ',', '.')).isEqualTo("250");
        assertThat(Decimals.format(new BigDecimal("38.5"), 0, 3, '.', ',')).isEqualTo("38,5");
    }

    @Test
    void templatesFormatEveryMessageLikeMessageFormat() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_it.properties"}) {
            Locale locale = file.contains("_it") ? Locale.ITALIAN : Locale.ENGLISH;
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream("/it/esibe/rules/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames()).isNotEmpty();
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                String[] args = {"a'{b}", "2.000.000,00 EUR", "x", "''", "{9}"};
                assertThat(Template.compile(pattern, locale).format(args)).as(key)
                        .isEqualTo(new MessageFormat(pattern, locale).format(args));
            }
        }
    }

    @Test
    void templatesFollowMessageFormatQuoting() {
        String[] patterns = {"l''{0}", "'{0}' is {0}", "{1}{0}", "no args", "{0} and {3}"};
        String[] args = {"A", "B"};
        for (String pattern : patterns) {
            assertThat(Template.compile(pattern, Locale.ENGLISH).format(args)).as(pattern)
                    .isEqualTo(new MessageFormat(pattern, Locale.ENGLISH).format(args));
        }
    }
}
