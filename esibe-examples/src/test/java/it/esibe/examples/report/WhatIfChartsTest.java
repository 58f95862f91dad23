package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The geometry of the sweep's step plot and heat map, with {@link TextMetrics}' estimate of each
 * text's width (ReportBrowserTest checks the same in the browser's own layout): no text meets
 * another, none lies in the plot area where the lines run, none leaves the SVG; the steps sit at
 * the values' positions.
 */
class WhatIfChartsTest {

    private static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);

    /** A text's box as the estimate gives it: {x0, y0, x1, y1}. */
    private static double[] box(StepPlot.Text t) {
        double w = TextMetrics.width(t.text(), false);
        double x0 = switch (t.anchor()) {
            case "middle" -> t.x() - w / 2;
            case "end" -> t.x() - w;
            default -> t.x();
        };
        return new double[] {x0, t.y() - TextMetrics.ASCENT, x0 + w, t.y() + TextMetrics.LINE_HEIGHT - TextMetrics.ASCENT};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static void assertTextsApartAndInside(List<StepPlot.Text> texts, int width, int height, double[] plotArea) {
        for (int i = 0; i < texts.size(); i++) {
            double[] a = box(texts.get(i));
            assertThat(a[0]).as("%s starts inside the SVG", texts.get(i)).isGreaterThanOrEqualTo(0);
            assertThat(a[2]).as("%s ends inside the SVG", texts.get(i)).isLessThanOrEqualTo(width);
            assertThat(a[1]).isGreaterThanOrEqualTo(0);
            assertThat(a[3]).isLessThanOrEqualTo(height);
            if (plotArea != null) {
                assertThat(overlap(a, plotArea)).as("%s lies in the plot area", texts.get(i)).isFalse();
            }
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(overlap(a, box(texts.get(j)))).as("%s meets %s", texts.get(i), texts.get(j)).isFalse();
            }
        }
    }

    private static List<StepPlot.Text> texts(StepPlot p) {
        List<StepPlot.Text> all = new ArrayList<>();
        p.yTicks().forEach(t -> all.add(t.label()));
        p.xTicks().forEach(t -> all.add(t.label()));
        p.legend().forEach(l -> all.add(l.label()));
        all.add(p.yTitle());
        all.add(p.xTitle());
        return all;
    }

    static String amount(double v) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ITALIAN)).format(v);
    }

    @Test
    void thePlotOfTheIssuesSweepStepsAtTheFiguresAndKeepsItsTextsApart() {
        // §5.3's 2 000 000 EUR swept from 1 000 000 to 3 000 000: two applicants admitted up to 1 650 000.00 EUR,
        // one up to 2 500 000.00.
        double[] values = {1_000_000, 1_650_000, 1_650_000.01, 2_000_000, 2_500_000, 2_500_000.01, 3_000_000};
        StepPlot p = StepPlot.of("p", "t", "d", "Domande ammesse", "rd.min.precisionMedicine (EUR)", values,
                List.of(new StepPlot.Line("Medicina di precisione", "#0b3d6e", "", new long[] {2, 2, 1, 1, 1, 0, 0}),
                        new StepPlot.Line("Industriali e ambientali", "#b26a00", "7 4", new long[] {2, 2, 2, 2, 2, 2, 2})),
                WhatIfChartsTest::amount, Long::toString);

        assertTextsApartAndInside(texts(p), p.width(), p.height(), new double[] {p.left(), p.top(), p.right(), p.bottom()});
        int span = p.right() - p.left();
        int at1650 = p.left() + (int) Math.round(650_000.01 / 2_000_000 * span);
        assertThat(p.series().get(0).path()).contains("H" + at1650 + " V");
        assertThat(p.xTicks().get(0).label().text()).isEqualTo("1.000.000");
        assertThat(p.xTicks().get(p.xTicks().size() - 1).label().text()).isEqualTo("3.000.000");
        assertThat(p.yTicks()).extracting(t -> t.label().text()).containsExactly("0", "1", "2");
    }

    @Test
    void generatedPlotsKeepTheirTextsApartInsideAndOutOfThePlotArea() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(longs().between(0, 999_999_999_999L), longs().between(1, 999_999_999_999L),
                        integers().between(2, 300), longs().between(0, 2_000_000))
                .checkAssert((from, span, n, max) -> {
                    double[] values = new double[n];
                    long[] counts = new long[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = from + (double) span * i / (n - 1);
                        counts[i] = max - max * i / Math.max(1, n - 1);
                    }
                    StepPlot p = StepPlot.of("p", "t", "d", "Admitted applications", "sme.maxTurnover (EUR)", values,
                            List.of(new StepPlot.Line("Precision medicine", "#0b3d6e", "", counts)),
                            WhatIfChartsTest::amount, Long::toString);
                    assertTextsApartAndInside(texts(p), p.width(), p.height(),
                            new double[] {p.left(), p.top(), p.right(), p.bottom()});
                    assertThat(p.xTicks()).extracting(StepPlot.Tick::at).isSorted();
                });
    }

    @Test
    void generatedHeatMapsKeepTheirLabelsApartAndTheirCountsInTheirCells() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(integers().between(1, 100), integers().between(1, 100), longs().between(0, 10_000_000))
                .checkAssert((rows, columns, max) -> {
                    List<String> r = new ArrayList<>();
                    for (int i = 0; i < rows; i++) {
                        r.add(amount(1_000_000.0 + i * 12_345.67));
                    }
                    List<String> c = new ArrayList<>();
                    for (int j = 0; j < columns; j++) {
                        c.add(amount(400_000.0 + j * 50_000));
                    }
                    long[][] counts = new long[rows][columns];
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < columns; j++) {
                            counts[i][j] = max * (i + j) / Math.max(1, rows + columns - 2);
                        }
                    }
                    HeatMap h = HeatMap.of("h", "t", "d", "rd.min.precisionMedicine", "rd.min.industrialEnvironmental",
                            r, c, counts, n -> Long.toString(n));
                    List<StepPlot.Text> texts = new ArrayList<>(h.rowLabels());
                    texts.addAll(h.columnLabels());
                    texts.addAll(h.legendTexts());
                    texts.add(h.rowTitle());
                    texts.add(h.columnTitle());
                    HeatMap.Cell first = h.cells().get(0);
                    HeatMap.Cell last = h.cells().get(h.cells().size() - 1);
                    assertTextsApartAndInside(texts, h.width(), h.height(),
                            new double[] {first.x(), first.y(), last.x() + last.w(), last.y() + last.h()});
                    for (HeatMap.Cell cell : h.cells()) {
                        if (cell.hasCount()) {
                            double[] b = box(new StepPlot.Text(cell.count(), cell.textX(), cell.textY(), "middle"));
                            assertThat(b[0]).isGreaterThanOrEqualTo(cell.x());
                            assertThat(b[2]).isLessThanOrEqualTo(cell.x() + cell.w());
                        }
                    }
                });
    }
}
