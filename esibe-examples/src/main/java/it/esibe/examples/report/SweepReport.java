package it.esibe.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.rules.whatif.Sweep;
import it.esibe.rules.whatif.SweepResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML page of a parameter sweep, in the call report's style: for one parameter, an SVG step
 * plot of the admitted applications of each track against the parameter's value, the table of the
 * counts at every value and the applicants whose outcome changes, with the values where it does;
 * for two, a heat map of the admitted applications and its table. The plot or the heat map alone
 * is a standalone SVG file ({@link #svg}).
 *
 * <p>The page is self-contained and script-free like the call report: inline CSS and SVG, a
 * content security policy that forbids loading anything, every value escaped by Mustache.
 */
public final class SweepReport {

    /** How many changes of outcome the plot's text description names; the page's table lists them all. */
    static final int DESC_FLIPS = 50;

    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("it/esibe/examples/report");
    private static final Mustache PAGE = TEMPLATES.compile("sweep.mustache");
    private static final Mustache PLOT = TEMPLATES.compile("plot-svg.mustache");
    private static final Mustache HEAT = TEMPLATES.compile("heatmap-svg.mustache");

    /** The colours of the tracks' lines, as the report's palette, and a dash so that two equal lines both show. */
    private static final Map<Track, String[]> STYLE = Map.of(
            Track.PRECISION_MEDICINE, new String[] {"#0b3d6e", ""},
            Track.INDUSTRIAL_ENVIRONMENTAL, new String[] {"#b26a00", "7 4"});

    private final List<String> sources;
    private final SweepResult result;

    /**
     * The page of {@code result}.
     *
     * @param sources the names of the input files, as the page should show them
     * @param result the sweep's result
     */
    public SweepReport(List<String> sources, SweepResult result) {
        this.sources = List.copyOf(sources);
        this.result = Objects.requireNonNull(result, "result");
    }

    /**
     * Writes the page in {@code locale}'s language (Italian for Italian locales, English otherwise)
     * to {@code out}, which is flushed, not closed.
     *
     * @throws IOException if {@code out} fails
     */
    public void write(Locale locale, Writer out) throws IOException {
        Labels t = Labels.of(locale);
        CallReport.execute(PAGE, model(t), out);
    }

    /**
     * The plot (one parameter) or the heat map (two) alone, as an SVG document.
     *
     * @param result the sweep's result
     * @param locale the language of its texts
     * @return the SVG, with a title and a text description
     */
    public static String svg(SweepResult result, Locale locale) {
        Labels t = Labels.of(locale);
        StringWriter out = new StringWriter();
        try {
            if (result.axes().size() == 1) {
                CallReport.execute(PLOT, plot(t, result), out);
            } else {
                CallReport.execute(HEAT, heat(t, result), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Map<String, Object> model(Labels t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", t.italian() ? "it" : "en");
        m.put("t", t.forTemplate());
        m.put("sources", String.join(", ", sources));
        m.put("ruleset", result.ruleset());
        m.put("total", result.total());
        List<Sweep.Axis> axes = result.axes();
        Sweep.Axis a = axes.get(0);
        if (axes.size() == 1) {
            m.put("one", List.of(Boolean.TRUE));
            m.put("two", List.of());
            m.put("heading", t.format("sweep.h", a.name()));
            m.put("intro", a.resolution() != null && result.flips().stream().allMatch(SweepResult.Flip::exact)
                    ? t.format("sweep.intro", result.total(), result.ruleset(), a.name(), value(t, a, a.from()),
                            value(t, a, a.to()), value(t, a, a.step()), value(t, a, a.resolution()))
                    : t.format("sweep.introGrid", result.total(), result.ruleset(), a.name(), value(t, a, a.from()),
                            value(t, a, a.to()), value(t, a, a.step())));
            m.put("plot", plot(t, result));
            m.put("trackHeaders", List.of(t.get("track.PRECISION_MEDICINE"), t.get("track.INDUSTRIAL_ENVIRONMENTAL")));
            m.put("outcomeHeaders", outcomes().stream().map(o -> t.get("outcome." + o)).toList());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SweepResult.Point p : result.points()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("value", value(t, a, p.value()));
                row.put("kind", t.get(p.grid() ? "sweep.kind.grid" : "sweep.kind.breakpoint"));
                row.put("outcomes", outcomes().stream().map(p::count).toList());
                row.put("tracks", List.of(p.eligible().get(Track.PRECISION_MEDICINE),
                        p.eligible().get(Track.INDUSTRIAL_ENVIRONMENTAL)));
                rows.add(row);
            }
            m.put("points", rows);
            m.put("flipsIntro", t.format("sweep.flipsIntro", a.name()));
            List<Map<String, Object>> flips = new ArrayList<>();
            for (SweepResult.Flip f : result.flips()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", f.applicationId() == null ? "-" : f.applicationId());
                row.put("track", f.track() == null ? t.get("track.none") : t.get("track." + f.track()));
                row.put("below", value(t, a, f.below()));
                row.put("above", value(t, a, f.above()) + (f.exact() ? "" : " (" + t.get("sweep.approximate") + ")"));
                row.put("before", t.get("outcome." + f.before()));
                row.put("after", t.get("outcome." + f.after()));
                row.put("beforeCls", css(f.before()));
                row.put("afterCls", css(f.after()));
                flips.add(row);
            }
            m.put("flips", flips);
            m.put("flipsEmpty", flips.isEmpty());
            m.put("flipsMore", result.flipsLeftOut() > 0 ? List.of(t.format("sweep.flipsMore", result.flipsLeftOut()))
                    : List.of());
        } else {
            Sweep.Axis b = axes.get(1);
            m.put("one", List.of());
            m.put("two", List.of(Boolean.TRUE));
            m.put("heading", t.format("sweep.h2", a.name(), b.name()));
            m.put("intro", t.format("sweep.intro2", result.total(), result.ruleset(), a.name(), value(t, a, a.from()),
                    value(t, a, a.to()), value(t, a, a.step()), b.name(), value(t, b, b.from()), value(t, b, b.to()),
                    value(t, b, b.step())));
            m.put("heat", heat(t, result));
            m.put("tableCaption", t.format("sweep.table", a.name(), b.name()));
            m.put("columns", b.grid().stream().map(v -> value(t, b, v)).toList());
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = b.grid().size();
            for (int r = 0; r < a.grid().size(); r++) {
                List<Long> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(result.points().get(r * columns + c).admitted());
                }
                rows.add(Map.of("label", value(t, a, a.grid().get(r)), "cells", cells));
            }
            m.put("table", rows);
        }
        return m;
    }

    private static List<Outcome> outcomes() {
        return List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE, Outcome.INVALID);
    }

    private static String css(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The step plot of a sweep of one parameter. */
    static StepPlot plot(Labels t, SweepResult r) {
        Sweep.Axis a = r.axes().get(0);
        double[] values = new double[r.points().size()];
        List<StepPlot.Line> lines = new ArrayList<>();
        for (Track track : Track.values()) {
            long[] counts = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                counts[i] = r.points().get(i).eligible().get(track);
            }
            lines.add(new StepPlot.Line(t.get("track." + track), STYLE.get(track)[0], STYLE.get(track)[1], counts));
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = r.points().get(i).value().doubleValue();
        }
        StringBuilder desc = new StringBuilder(t.format("sweep.plotDesc", a.name(), value(t, a, a.from()),
                value(t, a, a.to())));
        desc.append(' ');
        if (r.flips().isEmpty()) {
            desc.append(t.get("sweep.plotNoSteps"));
        } else {
            desc.append(t.get("sweep.plotSteps"));
            int n = 0;
            for (SweepResult.Flip f : r.flips()) {
                if (n++ == DESC_FLIPS) {
                    desc.append("; ").append(t.format("sweep.plotStepsMore", r.flips().size() - DESC_FLIPS));
                    break;
                }
                desc.append(n == 1 ? " " : "; ").append(value(t, a, f.below())).append(" → ").append(value(t, a, f.above()))
                        .append(": ").append(f.applicationId() == null ? "-" : f.applicationId()).append(", ")
                        .append(t.get("outcome." + f.before())).append(" → ").append(t.get("outcome." + f.after()));
            }
            desc.append('.');
        }
        String unit = a.key().kind() == ParameterKey.Kind.AMOUNT ? " (EUR)" : "";
        return StepPlot.of("plot-sweep", t.format("sweep.plot", a.name()), desc.toString(), t.get("sweep.yCaption"),
                a.name() + unit, values, lines, v -> tick(t, a, v), Long::toString);
    }

    /** The heat map of a sweep of two parameters. */
    static HeatMap heat(Labels t, SweepResult r) {
        Sweep.Axis a = r.axes().get(0);
        Sweep.Axis b = r.axes().get(1);
        int rows = a.grid().size();
        int columns = b.grid().size();
        long[][] counts = new long[rows][columns];
        long max = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                counts[i][j] = r.points().get(i * columns + j).admitted();
                max = Math.max(max, counts[i][j]);
            }
        }
        return HeatMap.of("heat-sweep", t.get("sweep.heat"), t.format("sweep.heatDesc", a.name(), b.name(), max),
                a.name(), b.name(), a.grid().stream().map(v -> tick(t, a, v.doubleValue())).toList(),
                b.grid().stream().map(v -> tick(t, b, v.doubleValue())).toList(), counts, Integer::toString);
    }

    /** A value as the tables write it: amounts with the language's grouping and EUR, others as numbers. */
    static String value(Labels t, Sweep.Axis axis, BigDecimal v) {
        DecimalFormat f = new DecimalFormat(axis.key().kind() == ParameterKey.Kind.SHARE ? "0.0###" : "#,##0.##",
                DecimalFormatSymbols.getInstance(t.locale()));
        String n = f.format(v);
        if (axis.key().kind() != ParameterKey.Kind.AMOUNT) {
            return n;
        }
        return t.italian() ? n + " EUR" : "EUR " + n;
    }

    /** A value as an axis writes it: without the currency, which the axis' caption gives. */
    static String tick(Labels t, Sweep.Axis axis, double v) {
        DecimalFormat f = new DecimalFormat(axis.key().kind() == ParameterKey.Kind.SHARE ? "0.0###" : "#,##0.##",
                DecimalFormatSymbols.getInstance(t.locale()));
        return f.format(v);
    }
}
