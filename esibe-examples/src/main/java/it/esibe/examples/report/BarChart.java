package it.esibe.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart laid out for inline SVG: every coordinate is computed here, so the
 * template only copies numbers and escaped text.
 *
 * @param id the id prefix of the chart's title and description elements
 * @param title the chart's title, also its accessible name
 * @param desc the text alternative: every bar's label and value, in words
 * @param width the SVG width in pixels
 * @param height the SVG height in pixels
 * @param bars the bars, top to bottom
 * @param marker a vertical threshold line, if any
 */
record BarChart(String id, String title, String desc, int width, int height, List<Bar> bars,
        @Nullable Marker marker) {

    /** Full width: long labels (company names) and long values. */
    static final Layout WIDE = new Layout(1000, 250, 420);
    /** Half width, beside a table: short labels and values. */
    static final Layout COMPACT = new Layout(500, 160, 220);
    static final int ROW = 26;
    static final int BAR = 18;
    static final int TOP = 10;

    /**
     * The widths of a chart.
     *
     * @param width the whole SVG
     * @param labelWidth the column of labels left of the bars
     * @param plotWidth the longest bar
     */
    record Layout(int width, int labelWidth, int plotWidth) {
    }

    /**
     * One bar.
     *
     * @param label the category, drawn left of the bar
     * @param valueText the value as written, drawn right of the bar
     * @param y the bar's top
     * @param textY the baseline of the label and value
     * @param x0 where bars start
     * @param w the bar's width
     * @param overlay the width of a darker part drawn over the bar's start (e.g. the eligible
     *     share), or 0
     * @param valueX where the value text starts
     * @param cls the CSS class of the bar
     */
    record Bar(String label, String valueText, int y, int textY, int x0, int w, int overlay, int valueX,
            String cls) {
        /** Whether the bar has a darker part. */
        boolean hasOverlay() {
            return overlay > 0;
        }
    }

    /**
     * A vertical line across the plot, such as a threshold.
     *
     * @param x its position
     * @param y2 where it ends
     * @param label its caption, drawn at its top
     * @param labelY the caption's baseline
     */
    record Marker(int x, int y2, String label, int labelY) {
    }

    /** One input row of a chart: a category, its value, an optional overlay value and a CSS class. */
    record Row(String label, BigDecimal value, String valueText, BigDecimal overlay, String cls) {
        Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Lays {@code rows} out on a common scale that also fits {@code threshold}, if given.
     *
     * @param descPrefix the first sentence of the text alternative; the rows' values follow
     */
    static BarChart of(Layout layout, String id, String title, String descPrefix, List<Row> rows,
            @Nullable BigDecimal threshold, @Nullable String thresholdLabel) {
        BigDecimal max = BigDecimal.ONE;
        for (Row r : rows) {
            max = max.max(r.value());
        }
        if (threshold != null) {
            // Leave room right of the threshold so that its caption and the bars around it read well.
            max = max.max(threshold.multiply(new BigDecimal("1.25")));
        }
        int markerSpace = threshold == null ? 0 : 18;
        List<Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder(descPrefix);
        int x0 = layout.labelWidth() + 10;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = TOP + markerSpace + i * ROW;
            int w = scale(r.value(), max, layout);
            int overlay = scale(r.overlay(), max, layout);
            bars.add(new Bar(r.label(), r.valueText(), y, y + 14, x0, w, overlay, x0 + w + 6, r.cls()));
            desc.append(i == 0 ? " " : "; ").append(r.label()).append(": ").append(r.valueText());
        }
        desc.append('.');
        int plotBottom = TOP + markerSpace + rows.size() * ROW;
        Marker marker = null;
        if (threshold != null) {
            int x = x0 + scale(threshold, max, layout);
            marker = new Marker(x, plotBottom, Objects.requireNonNull(thresholdLabel, "thresholdLabel"), TOP + 10);
            desc.append(' ').append(thresholdLabel).append('.');
        }
        return new BarChart(id, title, desc.toString(), layout.width(), plotBottom + 6, bars, marker);
    }

    private static int scale(BigDecimal value, BigDecimal max, Layout layout) {
        if (value.signum() <= 0) {
            return 0;
        }
        int w = value.multiply(BigDecimal.valueOf(layout.plotWidth())).divide(max, 0, RoundingMode.HALF_UP).intValue();
        // A non-zero value stays visible.
        return Math.max(w, 2);
    }
}
