package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The geometry of the report's bar charts, with {@link TextMetrics}' estimate of each text's width
 * (ReportBrowserTest checks the same in a browser's real layout): no text leaves the chart, none
 * crosses the threshold line, labels stay in their column and are shortened with their whole text
 * kept, rows never overlap. Checked on the figures the interim report gives (the §5.3 thresholds)
 * and on generated charts with labels and values of any length.
 */
class BarChartTest {

    private static final BigDecimal PM_THRESHOLD = new BigDecimal("2000000");

    private static BarChart.Row row(String label, String value, String valueText) {
        return new BarChart.Row(label, new BigDecimal(value), valueText, BigDecimal.ZERO, "bar-pass");
    }

    @Test
    void aValueJustBelowTheThresholdIsWrittenRightOfTheLineNotAcrossIt() {
        // §5.3: precision medicine needs 2,000,000 EUR of R&D; 1,650,000 falls short by less than
        // the width of its own text on the chart's scale.
        BarChart chart = BarChart.of(BarChart.WIDE, "c", "R&D", "R&D:",
                List.of(row("RNAxis S.r.l.", "1650000", "1.650.000 EUR"), row("Biofarmaceutica Lariana S.p.A.",
                        "18500000", "18.500.000 EUR")), PM_THRESHOLD, "Soglia 2.000.000 EUR");

        BarChart.Bar below = chart.bars().get(0);
        BarChart.Marker line = chart.marker();
        assertThat(below.x0() + below.w()).isLessThan(line.x());
        assertThat(below.valueX()).isGreaterThanOrEqualTo(line.x() + 1 + BarChart.LINE_CLEARANCE);
        assertNoTextMeetsAnother(chart);
    }

    @Test
    void theRegionalChartsLongestValueFitsItsHalfWidth() {
        // The regional chart of the sample call: "5 (ammissibili: 1)" was cut at the right edge.
        BarChart chart = BarChart.of(BarChart.COMPACT, "c", "Regioni", "Regioni:",
                List.of(new BarChart.Row("Lombardia", new BigDecimal(5), "5 (ammissibili: 1)", BigDecimal.ONE, "bar-region"),
                        new BarChart.Row("Friuli-Venezia Giulia", BigDecimal.ONE, "1 (ammissibili: 1)", BigDecimal.ONE,
                                "bar-region")), null, null);

        assertThat(chart.width()).isLessThanOrEqualTo(BarChart.COMPACT.width());
        assertNoTextMeetsAnother(chart);
    }

    @Test
    void aLongLabelIsShortenedAndKeepsItsWholeTextAsTooltipAndDescription() {
        String region = "Regione dal nome lunghissimo ".repeat(4).substring(0, 100);
        BarChart chart = BarChart.of(BarChart.COMPACT, "c", "Regioni", "Regioni:",
                List.of(row(region, "3", "3"), row("Lazio", "1", "1")), null, null);

        BarChart.Bar bar = chart.bars().get(0);
        assertThat(bar.label()).endsWith("…").hasSizeLessThan(region.length());
        assertThat(region).startsWith(bar.label().substring(0, bar.label().length() - 1));
        assertThat(bar.fullLabel()).isEqualTo(region);
        assertThat(chart.desc()).contains(region + ": 3");
        assertThat(chart.bars().get(1).fullLabel()).isNull();
    }

    @Test
    void textMetricsMatchDejaVuSansAsChromiumDrawsIt() {
        // Widths Chromium reported for DejaVu Sans 13 px in the sample report (ReportBrowserTest).
        assertThat(TextMetrics.width("1.650.000 EUR", false)).isCloseTo(97.1, org.assertj.core.data.Offset.offset(0.3));
        assertThat(TextMetrics.width("Non ammissibili", false)).isCloseTo(103.2, org.assertj.core.data.Offset.offset(0.3));
        assertThat(TextMetrics.width("Soglia 2.000.000 EUR", true)).isCloseTo(157.0, org.assertj.core.data.Offset.offset(0.5));
        // Beyond the table: one em each.
        assertThat(TextMetrics.width("東京", false)).isEqualTo(26.0);
    }

    @Test
    void generatedChartsKeepEveryTextInsideAndApart() {
        qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(400)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    Random random = new Random(seed);
                    BarChart.Layout layout = random.nextBoolean() ? BarChart.WIDE : BarChart.COMPACT;
                    List<BarChart.Row> rows = new ArrayList<>();
                    int n = random.nextInt(12);
                    for (int i = 0; i < n; i++) {
                        BigDecimal value = amount(random);
                        BigDecimal overlay = random.nextBoolean() ? BigDecimal.ZERO : value.multiply(BigDecimal.valueOf(random.nextInt(101), 2));
                        String valueText = random.nextInt(4) == 0 ? text(random, 80) : value.toPlainString() + " EUR";
                        rows.add(new BarChart.Row(text(random, 200), value, valueText, overlay, "bar-pass"));
                    }
                    BigDecimal threshold = random.nextBoolean() ? null : amount(random).add(BigDecimal.ONE);
                    String caption = threshold == null ? null : "Soglia " + threshold.toPlainString() + " EUR";

                    BarChart chart = BarChart.of(layout, "c", "t", "d", rows, threshold, caption);

                    assertNoTextMeetsAnother(chart);
                    for (int i = 0; i < n; i++) {
                        BarChart.Bar bar = chart.bars().get(i);
                        String label = rows.get(i).label();
                        assertThat(bar.fullLabel() == null ? bar.label() : bar.fullLabel()).isEqualTo(label);
                        assertThat(TextMetrics.width(bar.label(), false)).isLessThanOrEqualTo(layout.labelWidth());
                        assertThat(bar.overlay()).isLessThanOrEqualTo(bar.w());
                        for (int j = 0; j < n; j++) {
                            // One scale for every bar: a larger value never draws a shorter bar.
                            if (rows.get(j).value().compareTo(rows.get(i).value()) > 0) {
                                assertThat(chart.bars().get(j).w()).isGreaterThanOrEqualTo(bar.w());
                            }
                        }
                    }
                    if (chart.width() > layout.width()) {
                        // Widened only when even the shortest allowed bars leave no room for a value.
                        assertThat(chart.bars().stream().mapToInt(BarChart.Bar::w).max().orElse(0))
                                .isLessThanOrEqualTo(BarChart.MIN_PLOT);
                    }
                });
    }

    /** Every text's box, by the estimate, lies in the chart and meets no other text and no threshold line. */
    private static void assertNoTextMeetsAnother(BarChart chart) {
        List<double[]> boxes = new ArrayList<>();
        for (BarChart.Bar bar : chart.bars()) {
            double top = bar.textY() - TextMetrics.ASCENT;
            double bottom = top + TextMetrics.LINE_HEIGHT;
            double labelWidth = TextMetrics.width(bar.label(), false);
            boxes.add(new double[] {bar.labelX() - labelWidth, top, bar.labelX(), bottom});
            boxes.add(new double[] {bar.valueX(), top, bar.valueX() + TextMetrics.width(bar.valueText(), false), bottom});
            // The bar lies between its label and its value.
            assertThat(bar.x0()).isGreaterThanOrEqualTo(bar.labelX());
            assertThat(bar.valueX()).isGreaterThan(bar.x0() + bar.w());
        }
        BarChart.Marker marker = chart.marker();
        if (marker != null) {
            double top = marker.labelY() - TextMetrics.ASCENT;
            boxes.add(new double[] {marker.labelX(), top, marker.labelX() + TextMetrics.width(marker.label(), true),
                top + TextMetrics.LINE_HEIGHT});
        }
        for (double[] b : boxes) {
            assertThat(b[0]).as("text starts inside the chart").isGreaterThanOrEqualTo(0);
            assertThat(b[2]).as("text ends inside the chart").isLessThanOrEqualTo(chart.width());
            assertThat(b[1]).isGreaterThanOrEqualTo(0);
            assertThat(b[3]).isLessThanOrEqualTo(chart.height());
            if (marker != null) {
                // The line is 2 px wide, centred on x.
                boolean crosses = b[0] < marker.x() + 1 && b[2] > marker.x() - 1 && b[1] < marker.y2() && b[3] > marker.y1();
                assertThat(crosses).as("text %s crosses the line at %d", java.util.Arrays.toString(b), marker.x()).isFalse();
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertThat(overlap).as("texts %s and %s overlap", java.util.Arrays.toString(a), java.util.Arrays.toString(b))
                        .isFalse();
            }
        }
    }

    private static BigDecimal amount(Random random) {
        // From nothing to fifteen digits, with cents.
        return BigDecimal.valueOf(Math.abs(random.nextLong()) % (long) Math.pow(10, 1 + random.nextInt(17)), 2);
    }

    /** A label or value of up to {@code max} characters: Latin, accented, wide and narrow letters, CJK. */
    private static String text(Random random, int max) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ WMmi.,-àèéìòù &<>\"'0123456789 東京€…";
        int length = random.nextInt(max + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
