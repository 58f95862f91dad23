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
 * <p>The layout keeps every text readable ({@link TextMetrics} estimates how wide each is drawn):
 * a label longer than the label column is shortened with an ellipsis and keeps its full text as
 * its tooltip (an SVG {@code <title>}; the chart's description names it in full too); a value text
 * that would cross the threshold line is drawn right of the line; the bars shrink until every value
 * text fits the chart's width, and only values too long for the narrowest plot widen the chart
 * (the page scales a chart down to its column, never past it).
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
    /** Distance between the tops of two bars. */
    static final int ROW = 26;
    /** A bar's height. */
    static final int BAR = 18;
    /** Space above the first row (and above the threshold's caption). */
    static final int TOP = 10;
    /** The threshold's caption has a row of its own above the bars, so that no bar's text meets it. */
    static final int MARKER_ROW = 24;
    /** Margin kept free at the chart's left and right edges. */
    static final int PAD = 4;
    /** Between a label's end and the bars' start. */
    static final int LABEL_GAP = 8;
    /** Between a bar's end and its value. */
    static final int VALUE_GAP = 6;
    /** Free space either side of the threshold line (2 px wide) that no value text enters. */
    static final int LINE_CLEARANCE = 4;
    /** The bars never get shorter than this to make room for long values: the chart widens instead. */
    static final int MIN_PLOT = 60;

    /** The baseline of a bar's texts, below the bar's top. */
    private static final int TEXT_BASELINE = 14;

    /**
     * The widths of a chart.
     *
     * @param width the widest the SVG may be before its bars shrink
     * @param labelWidth the widest the column of labels left of the bars may be; longer labels are
     *     shortened
     * @param plotWidth the longest bar
     */
    record Layout(int width, int labelWidth, int plotWidth) {
    }

    /**
     * One bar.
     *
     * @param label the category as drawn left of the bar, shortened if it is too long
     * @param fullLabel the whole category when {@code label} is shortened (the label's tooltip),
     *     else null
     * @param labelX where the label ends (it is right-aligned)
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
    record Bar(String label, @Nullable String fullLabel, int labelX, String valueText, int y, int textY, int x0,
            int w, int overlay, int valueX, String cls) {
        /** Whether the bar has a darker part. */
        boolean hasOverlay() {
            return overlay > 0;
        }
    }

    /**
     * A vertical line across the plot, such as a threshold, with its caption above the bars.
     *
     * @param x its position
     * @param y1 where it starts, below its caption
     * @param y2 where it ends
     * @param label its caption
     * @param labelX where the caption starts: centred on the line where the chart allows it
     * @param labelY the caption's baseline
     */
    record Marker(int x, int y1, int y2, String label, int labelX, int labelY) {
    }

    /** One input row of a chart: a category, its value, an optional overlay value and a CSS class. */
    record Row(String label, BigDecimal value, String valueText, BigDecimal overlay, String cls) {
        Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(valueText, "valueText");
            Objects.requireNonNull(overlay, "overlay");
            Objects.requireNonNull(cls, "cls");
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
            Objects.requireNonNull(thresholdLabel, "thresholdLabel");
        }
        double longest = 0;
        for (Row r : rows) {
            longest = Math.max(longest, TextMetrics.width(r.label(), false));
        }
        int labelColumn = (int) Math.ceil(Math.min(layout.labelWidth(), longest));
        int x0 = PAD + labelColumn + LABEL_GAP;
        int top = TOP + (threshold == null ? 0 : MARKER_ROW);

        // The longest bars whose values all fit the layout's width; shorter ones only if they must.
        Placement placed = Placement.of(layout.plotWidth(), x0, max, rows, threshold, thresholdLabel);
        for (int plot = layout.plotWidth() - 1; plot >= MIN_PLOT && placed.right() > layout.width() - PAD; plot--) {
            placed = Placement.of(plot, x0, max, rows, threshold, thresholdLabel);
        }
        int width = (int) Math.ceil(placed.right()) + PAD;

        List<Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder(descPrefix);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = top + i * ROW;
            String label = TextMetrics.fit(r.label(), labelColumn, false);
            bars.add(new Bar(label, label.equals(r.label()) ? null : r.label(), x0 - LABEL_GAP, r.valueText(), y,
                    y + TEXT_BASELINE, x0, placed.widths()[i], placed.overlays()[i], placed.valueXs()[i], r.cls()));
            desc.append(i == 0 ? " " : "; ").append(r.label()).append(": ").append(r.valueText());
        }
        desc.append('.');
        int plotBottom = top + rows.size() * ROW;
        Marker marker = null;
        if (threshold != null) {
            int labelY = TOP + TEXT_BASELINE - 1;
            int lineTop = (int) Math.ceil(labelY + TextMetrics.LINE_HEIGHT - TextMetrics.ASCENT) + 2;
            marker = new Marker(placed.markerX(), lineTop, plotBottom, thresholdLabel, placed.markerLabelX(), labelY);
            desc.append(' ').append(thresholdLabel).append('.');
        }
        return new BarChart(id, title, desc.toString(), width, plotBottom + 6, bars, marker);
    }

    /**
     * Where the bars, their values and the threshold go for one length of the longest bar.
     *
     * @param right the rightmost point any text reaches
     */
    private record Placement(int[] widths, int[] overlays, int[] valueXs, int markerX, int markerLabelX,
            double right) {

        static Placement of(int plot, int x0, BigDecimal max, List<Row> rows, @Nullable BigDecimal threshold,
                @Nullable String thresholdLabel) {
            int n = rows.size();
            int[] widths = new int[n];
            int[] overlays = new int[n];
            int[] valueXs = new int[n];
            int markerX = threshold == null ? -1 : x0 + scale(threshold, max, plot);
            double right = x0;
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                widths[i] = scale(r.value(), max, plot);
                overlays[i] = scale(r.overlay(), max, plot);
                double textWidth = TextMetrics.width(r.valueText(), false);
                int valueX = x0 + widths[i] + VALUE_GAP;
                // A value that would be drawn across the threshold line starts right of it instead.
                if (threshold != null && valueX < markerX + 1 + LINE_CLEARANCE
                        && valueX + textWidth > markerX - 1 - LINE_CLEARANCE) {
                    valueX = markerX + 1 + LINE_CLEARANCE;
                }
                valueXs[i] = valueX;
                right = Math.max(right, valueX + textWidth);
            }
            int markerLabelX = -1;
            if (threshold != null) {
                double captionWidth = TextMetrics.width(Objects.requireNonNull(thresholdLabel), true);
                markerLabelX = (int) Math.max(PAD, Math.floor(markerX - captionWidth / 2));
                right = Math.max(right, Math.max(markerX + 1, markerLabelX + captionWidth));
            }
            return new Placement(widths, overlays, valueXs, markerX, markerLabelX, right);
        }
    }

    private static int scale(BigDecimal value, BigDecimal max, int plot) {
        if (value.signum() <= 0) {
            return 0;
        }
        int w = value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        // A non-zero value stays visible.
        return Math.max(w, 2);
    }
}
