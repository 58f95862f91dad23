package it.esibe.examples.report;

/** The chart code's estimate of a text's width, for the browser tests in another package. */
public final class ChartTextWidth {

    private ChartTextWidth() {
    }

    /** How wide the report's charts expect {@code text} to be drawn, in CSS pixels. */
    public static double estimate(String text, boolean bold) {
        return TextMetrics.width(text, bold);
    }
}
