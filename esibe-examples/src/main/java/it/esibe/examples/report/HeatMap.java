package it.esibe.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A heat map laid out for inline SVG: one cell per pair of values of two parameters, shaded by a
 * count (the admitted applicants), with the count written in the cell when it fits. Rows are the
 * first parameter's values, top to bottom; columns the second's, left to right. Like
 * {@link StepPlot}, every coordinate is computed here and no label lies on another: the row and
 * column labels are thinned until each has its room, and the captions have rows of their own.
 *
 * @param id the id prefix of the title and description elements
 * @param title the map's title, its accessible name
 * @param desc the text alternative
 * @param width the SVG width in pixels
 * @param height the SVG height in pixels
 * @param cells the cells, row by row
 * @param rowLabels the labels left of the rows shown
 * @param columnLabels the labels below the columns shown
 * @param rowTitle the caption of the rows, above the map
 * @param columnTitle the caption of the columns, below the map
 * @param legend the colour scale's swatches, in a row above the map
 * @param legendTexts the counts at the scale's ends, either side of the swatches
 */
record HeatMap(String id, String title, String desc, int width, int height, List<Cell> cells,
        List<StepPlot.Text> rowLabels, List<StepPlot.Text> columnLabels, StepPlot.Text rowTitle,
        StepPlot.Text columnTitle, List<Swatch> legend, List<StepPlot.Text> legendTexts) {

    /** The widest the map may be. */
    static final int WIDTH = 1000;
    /** The tallest a cell may be, and the shortest that still holds its count. */
    static final int MAX_CELL = 28;
    static final int TEXT_CELL = 18;
    /** The map's tallest height. */
    static final int MAX_MAP_HEIGHT = 400;

    /**
     * One cell.
     *
     * @param x its left edge
     * @param y its top
     * @param w its width
     * @param h its height
     * @param fill its colour
     * @param count its count as written, or null when it does not fit
     * @param textX where the count is centred
     * @param textY the count's baseline
     */
    record Cell(int x, int y, int w, int h, String fill, String count, int textX, int textY) {
        /** Whether the count is written in the cell. */
        boolean hasCount() {
            return !count.isEmpty();
        }
    }

    /**
     * One swatch of the colour scale.
     *
     * @param x its left edge
     * @param y its top
     * @param fill its colour
     */
    record Swatch(int x, int y, String fill) {
    }

    /**
     * Lays out {@code counts[row][column]}.
     *
     * @param rows the rows' labels, top to bottom
     * @param columns the columns' labels, left to right
     * @param countText how a count is written
     */
    static HeatMap of(String id, String title, String desc, String rowCaption, String columnCaption, List<String> rows,
            List<String> columns, long[][] counts, IntFunction<String> countText) {
        long max = 0;
        for (long[] r : counts) {
            for (long c : r) {
                max = Math.max(max, c);
            }
        }
        double rowLabelWidth = 0;
        for (String r : rows) {
            rowLabelWidth = Math.max(rowLabelWidth, TextMetrics.width(r, false));
        }
        double columnLabelWidth = 0;
        for (String c : columns) {
            columnLabelWidth = Math.max(columnLabelWidth, TextMetrics.width(c, false));
        }
        int pad = StepPlot.PAD;
        int legendRow = pad + (int) Math.ceil(TextMetrics.ASCENT);
        int captionRow = legendRow + StepPlot.ROW;
        int top = captionRow + StepPlot.ROW / 2 + 4;
        int left = (int) Math.ceil(pad + rowLabelWidth + StepPlot.GAP);
        int available = (int) Math.floor(WIDTH - pad - columnLabelWidth / 2) - left;
        int cellW = Math.max(2, Math.min(80, available / columns.size()));
        int cellH = Math.max(2, Math.min(MAX_CELL, MAX_MAP_HEIGHT / rows.size()));
        int bottom = top + cellH * rows.size();

        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                long n = counts[r][c];
                String text = countText.apply((int) n);
                boolean fits = cellH >= TEXT_CELL && TextMetrics.width(text, false) + 4 <= cellW;
                int x = left + c * cellW;
                int y = top + r * cellH;
                cells.add(new Cell(x, y, cellW, cellH, shade(max == 0 ? 0 : (double) n / max), fits ? text : "",
                        x + cellW / 2, y + cellH / 2 + 5));
            }
        }
        List<StepPlot.Text> rowLabels = new ArrayList<>();
        int rowEvery = (int) Math.ceil((TextMetrics.LINE_HEIGHT + 2) / cellH);
        for (int r = 0; r < rows.size(); r += Math.max(1, rowEvery)) {
            rowLabels.add(new StepPlot.Text(rows.get(r), left - StepPlot.GAP, top + r * cellH + cellH / 2 + 5, "end"));
        }
        List<StepPlot.Text> columnLabels = new ArrayList<>();
        int columnEvery = (int) Math.ceil((columnLabelWidth + StepPlot.LABEL_GAP) / cellW);
        int labelBaseline = bottom + StepPlot.GAP + (int) Math.ceil(TextMetrics.ASCENT);
        for (int c = 0; c < columns.size(); c += Math.max(1, columnEvery)) {
            columnLabels.add(new StepPlot.Text(columns.get(c), left + c * cellW + cellW / 2, labelBaseline, "middle"));
        }
        // Centred under the columns, but never hanging past the map's left edge.
        double columnTitleWidth = TextMetrics.width(columnCaption, false);
        int columnTitleX = (int) Math.ceil(Math.max(left + cellW * columns.size() / 2.0, pad + columnTitleWidth / 2));
        StepPlot.Text columnTitle = new StepPlot.Text(columnCaption, columnTitleX, labelBaseline + StepPlot.ROW, "middle");
        StepPlot.Text rowTitle = new StepPlot.Text(rowCaption, pad, captionRow, "start");
        List<Swatch> legend = new ArrayList<>();
        List<StepPlot.Text> legendTexts = new ArrayList<>();
        String low = countText.apply(0);
        legendTexts.add(new StepPlot.Text(low, pad, legendRow, "start"));
        int x = pad + (int) Math.ceil(TextMetrics.width(low, false)) + StepPlot.GAP;
        for (int i = 0; i <= 4; i++) {
            legend.add(new Swatch(x, legendRow - 11, shade(i / 4.0)));
            x += 18;
        }
        x += StepPlot.GAP;
        String high = countText.apply((int) max);
        legendTexts.add(new StepPlot.Text(high, x, legendRow, "start"));
        x += (int) Math.ceil(TextMetrics.width(high, false)) + StepPlot.PAD;
        int height = columnTitle.y() + (int) Math.ceil(TextMetrics.LINE_HEIGHT - TextMetrics.ASCENT) + pad;
        int width = Math.max(Math.max(left + cellW * columns.size() + (int) Math.ceil(columnLabelWidth / 2) + pad, x),
                Math.max(columnTitleX + (int) Math.ceil(columnTitleWidth / 2) + pad,
                        pad + (int) Math.ceil(TextMetrics.width(rowCaption, false)) + pad));
        return new HeatMap(id, title, desc, width, height, cells, rowLabels, columnLabels, rowTitle, columnTitle, legend,
                legendTexts);
    }

    /** From a pale to a mid blue, light enough for dark text at every share of the maximum. */
    static String shade(double share) {
        int r = (int) Math.round(240 - share * (240 - 111));
        int g = (int) Math.round(244 - share * (244 - 168));
        int b = (int) Math.round(248 - share * (248 - 220));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
