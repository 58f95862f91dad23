package it.esibe.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.LongFunction;

/**
 * A step plot laid out for inline SVG: counts (the admitted applicants of each track) against the
 * value of a parameter, each series constant between two points and stepping at the next. Every
 * coordinate is computed here; the template copies numbers and escaped text, and draws with
 * presentation attributes, so the same markup is a standalone SVG file too.
 *
 * <p>No text lies inside the plot area: the legend and the counts' title sit in rows of their own
 * above it, the counts left of the vertical axis, the values and the parameter's name below the
 * horizontal one; value labels are thinned until each has its width and a gap to itself
 * ({@link TextMetrics} estimates widths as the bar charts do).
 *
 * @param id the id prefix of the title and description elements
 * @param title the plot's title, its accessible name
 * @param desc the text alternative: what the lines show and every step
 * @param width the SVG width in pixels
 * @param height the SVG height in pixels
 * @param series the lines, one per track
 * @param legend the legend's entries, in one row above the plot
 * @param yTitle the caption of the counts, above the vertical axis
 * @param xTitle the caption of the values, below the horizontal axis
 * @param yTicks the counts written left of the vertical axis, with their grid lines
 * @param xTicks the values written below the horizontal axis
 * @param left the plot area's left edge (the vertical axis)
 * @param right the plot area's right edge
 * @param top the plot area's top edge
 * @param bottom the plot area's bottom edge (the horizontal axis)
 */
record StepPlot(String id, String title, String desc, int width, int height, List<Series> series, List<Legend> legend,
        Text yTitle, Text xTitle, List<Tick> yTicks, List<Tick> xTicks, int left, int right, int top, int bottom) {

    /** The widest the plot may be, as the report's wide charts. */
    static final int WIDTH = 1000;
    /** The plot area's height. */
    static final int PLOT_HEIGHT = 240;
    /** Margin kept free at the edges. */
    static final int PAD = 4;
    /** Between a label and the axis it labels. */
    static final int GAP = 6;
    /** Between two labels of one axis. */
    static final int LABEL_GAP = 12;
    /** Height of a row of text. */
    static final int ROW = (int) TextMetrics.LINE_HEIGHT + 6;
    /** A tick mark's length, outside the plot. */
    static final int TICK = 4;

    /**
     * One text.
     *
     * @param text what it says
     * @param x where it is anchored
     * @param y its baseline
     * @param anchor {@code start}, {@code middle} or {@code end}
     */
    record Text(String text, int x, int y, String anchor) {
    }

    /**
     * One tick of an axis: the label and where the tick (and, for counts, the grid line) lies.
     *
     * @param label the label
     * @param at the tick's coordinate along its axis
     */
    record Tick(Text label, int at) {
    }

    /**
     * One line of the plot.
     *
     * @param path the SVG path of the steps
     * @param colour its stroke colour
     * @param dash its dash pattern, or empty for a solid line
     */
    record Series(String path, String colour, String dash) {
        /** Whether the line is dashed. */
        boolean dashed() {
            return !dash.isEmpty();
        }
    }

    /**
     * One legend entry: a swatch of the line's colour and its name.
     *
     * @param x the swatch's left edge
     * @param y the swatch's top
     * @param colour the line's colour
     * @param label the series' name
     */
    record Legend(int x, int y, String colour, Text label) {
    }

    /**
     * One series of counts at the points' values.
     *
     * @param name its name, for the legend
     * @param colour its colour
     * @param dash its dash pattern, or empty
     * @param counts one count per point
     */
    record Line(String name, String colour, String dash, long[] counts) {
    }

    /**
     * Lays the lines out over {@code values} (increasing, at least one).
     *
     * @param valueLabel how a value is written under the axis
     * @param countLabel how a count is written left of the axis
     */
    static StepPlot of(String id, String title, String desc, String yCaption, String xCaption, double[] values,
            List<Line> lines, DoubleFunction<String> valueLabel, LongFunction<String> countLabel) {
        long max = 1;
        for (Line l : lines) {
            for (long c : l.counts()) {
                max = Math.max(max, c);
            }
        }
        long countStep = niceCount(max, PLOT_HEIGHT / (ROW + 4));
        long top = ((max + countStep - 1) / countStep) * countStep;
        List<String> countTexts = new ArrayList<>();
        double countWidth = 0;
        for (long c = 0; c <= top; c += countStep) {
            String t = countLabel.apply(c);
            countTexts.add(t);
            countWidth = Math.max(countWidth, TextMetrics.width(t, false));
        }
        double first = values[0];
        double last = values[values.length - 1];
        double span = last > first ? last - first : 1;
        // The widest value label decides how many fit; half of it may hang past the plot's right edge.
        double valueWidth = Math.max(TextMetrics.width(valueLabel.apply(first), false),
                TextMetrics.width(valueLabel.apply(last), false));
        // Room for the counts left of the axis, and for half the first value's label, centred on it.
        int left = (int) Math.ceil(Math.max(PAD + countWidth + GAP + 2, PAD + valueWidth / 2 + 2));
        int right = (int) Math.floor(WIDTH - PAD - valueWidth / 2 - 2);
        int plotWidth = right - left;
        int legendRow = PAD + (int) Math.ceil(TextMetrics.ASCENT);
        int captionRow = legendRow + ROW;
        int plotTop = captionRow + ROW / 2 + 4;
        int plotBottom = plotTop + PLOT_HEIGHT;

        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i < countTexts.size(); i++) {
            long c = i * countStep;
            int y = plotBottom - (int) Math.round((double) c / top * PLOT_HEIGHT);
            // Centred on the grid line: the digits' middle is about 4.5 px above the baseline.
            yTicks.add(new Tick(new Text(countTexts.get(i), left - GAP, y + 5, "end"), y));
        }
        List<Tick> xTicks = new ArrayList<>();
        // Low enough that the first value's label, which reaches left under the axis, clears the count 0.
        int labelBaseline = plotBottom + TICK + 5 + (int) Math.ceil(TextMetrics.ASCENT);
        for (double v : niceValues(first, last, plotWidth, valueLabel)) {
            int x = left + (int) Math.round((v - first) / span * plotWidth);
            xTicks.add(new Tick(new Text(valueLabel.apply(v), x, labelBaseline, "middle"), x));
        }
        Text xTitle = new Text(xCaption, left + plotWidth / 2, labelBaseline + ROW, "middle");
        Text yTitle = new Text(yCaption, PAD, captionRow, "start");

        List<Series> series = new ArrayList<>();
        List<Legend> legend = new ArrayList<>();
        int legendX = PAD;
        for (Line l : lines) {
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < values.length; k++) {
                int x = left + (int) Math.round((values[k] - first) / span * plotWidth);
                int y = plotBottom - (int) Math.round((double) l.counts()[k] / top * PLOT_HEIGHT);
                if (k == 0) {
                    d.append('M').append(x).append(' ').append(y);
                } else {
                    // Constant up to this point's value, then the step.
                    d.append(" H").append(x).append(" V").append(y);
                }
            }
            d.append(" H").append(right);
            series.add(new Series(d.toString(), l.colour(), l.dash()));
            legend.add(new Legend(legendX, legendRow - 9, l.colour(), new Text(l.name(), legendX + 24, legendRow, "start")));
            legendX += 24 + (int) Math.ceil(TextMetrics.width(l.name(), false)) + 2 * LABEL_GAP;
        }
        int height = xTitle.y() + (int) Math.ceil(TextMetrics.LINE_HEIGHT - TextMetrics.ASCENT) + PAD;
        int width = Math.max(WIDTH, legendX);
        return new StepPlot(id, title, desc, width, height, series, legend, yTitle, xTitle, yTicks, xTicks, left, right,
                plotTop, plotBottom);
    }

    /** {@return where the value ticks end, below the horizontal axis} */
    int tickEnd() {
        return bottom + TICK;
    }

    /** A step of 1, 2 or 5 times a power of ten that gives at most {@code most} intervals up to {@code max}. */
    static long niceCount(long max, int most) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if ((max + step * m - 1) / (step * m) <= most) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    /**
     * Round values from {@code first} to {@code last}, as many as fit side by side: the ends, and
     * between them multiples of a step of 1, 2 or 5 times a power of ten that keep clear of them.
     */
    static List<Double> niceValues(double first, double last, int plotWidth, DoubleFunction<String> label) {
        List<Double> best = new ArrayList<>(List.of(first));
        if (last <= first) {
            return best;
        }
        double span = last - first;
        double step = Math.pow(10, Math.floor(Math.log10(span)) - 2);
        for (int guard = 0; guard < 60; guard++) {
            for (double m : new double[] {1, 2, 5}) {
                double s = step * m;
                List<Double> candidate = new ArrayList<>();
                candidate.add(first);
                for (long k = (long) Math.ceil(first / s); k * s < last; k++) {
                    if (k * s > first) {
                        candidate.add(k * s);
                    }
                }
                candidate.add(last);
                if (candidate.size() <= 40 && fits(candidate, first, span, plotWidth, label)) {
                    return candidate;
                }
            }
            step *= 10;
        }
        return List.of(first, last).stream().distinct().toList();
    }

    private static boolean fits(List<Double> values, double first, double span, int plotWidth,
            DoubleFunction<String> label) {
        double previousRight = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            double x = (v - first) / span * plotWidth;
            double w = TextMetrics.width(label.apply(v), false);
            if (x - w / 2 < previousRight + LABEL_GAP) {
                return false;
            }
            previousRight = x + w / 2;
        }
        return true;
    }
}
