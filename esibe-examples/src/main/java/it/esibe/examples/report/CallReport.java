package it.esibe.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import it.esibe.support.FocusBasis;
import it.esibe.support.Recommendation;
import it.esibe.support.SupportEntry;
import it.esibe.support.SupportKind;
import it.esibe.support.SupportMatcher;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.Collator;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The HTML report on one call, for the people who run it at MAECI, Agenzia ICE and the regional
 * clusters: counts per outcome and track, the criteria that exclude most applicants, R&amp;D against
 * the thresholds, a regional breakdown and the register of admitted companies with the support of
 * §5.4 recommended to each.
 *
 * <p>The page is self-contained (inline CSS and SVG, no script, no external resource; a content
 * security policy forbids loading any) and is rendered with Mustache, which escapes every value:
 * a company name is always text, never markup. The same inputs give the same bytes: nothing
 * depends on the clock.
 */
public final class CallReport {

    /** How many offers of each kind the register shows per company. */
    public static final int TOP = 3;

    /** The outcomes in the order the report shows them: from admitted to unreadable. */
    private static final List<Outcome> OUTCOMES = List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE,
            Outcome.INVALID);

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("it/esibe/examples/report")
            .compile("report.mustache");

    private final List<CallEntry> entries;
    private final List<String> sources;
    private final SupportMatcher matcher;
    private final LocalDate supportAfter;
    private final RulesetParameters parameters;

    /**
     * A report on {@code entries}.
     *
     * @param sources the names of the input files, as the page should show them
     * @param matcher the support catalogue and matcher for the register's recommendations
     * @param supportAfter events are recommended in their first edition after this date
     * @param parameters the ruleset's parameters, for the R&amp;D thresholds
     */
    public CallReport(List<CallEntry> entries, List<String> sources, SupportMatcher matcher, LocalDate supportAfter,
            RulesetParameters parameters) {
        this.entries = List.copyOf(entries);
        this.sources = List.copyOf(sources);
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.supportAfter = Objects.requireNonNull(supportAfter, "supportAfter");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** The page in {@code locale}'s language (Italian for Italian locales, English otherwise). */
    public String render(Locale locale) {
        StringWriter out = new StringWriter();
        try {
            write(locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the page in {@code locale}'s language to {@code out}, which is flushed, not closed. */
    public void write(Locale locale, Writer out) throws IOException {
        TEMPLATE.execute(out, model(Labels.of(locale)));
        out.flush();
    }

    private Map<String, Object> model(Labels t) {
        Map<String, Object> m = new LinkedHashMap<>();
        Formats f = new Formats(t);
        m.put("lang", t.italian() ? "it" : "en");
        m.put("t", t.forTemplate());
        m.put("sources", String.join(", ", sources));
        m.put("ruleset", entries.isEmpty() ? "-" : entries.get(0).decision().ruleset());
        m.put("supportAfter", supportAfter.toString());
        m.put("total", entries.size());
        outcomes(t, m);
        criteria(t, m);
        rd(t, f, m);
        regions(t, m);
        register(t, f, m);
        return m;
    }

    // ---- outcomes and tracks ----

    private void outcomes(Labels t, Map<String, Object> m) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        entries.forEach(e -> counts.merge(e.decision().outcome(), 1, Integer::sum));
        List<Map<String, Object>> cards = new ArrayList<>();
        List<BarChart.Row> rows = new ArrayList<>();
        for (Outcome o : OUTCOMES) {
            int n = counts.getOrDefault(o, 0);
            cards.add(Map.of("label", t.get("outcome." + o), "count", n, "cls", css(o)));
            rows.add(new BarChart.Row(t.get("outcome." + o), BigDecimal.valueOf(n), Integer.toString(n),
                    BigDecimal.ZERO, "bar-" + css(o)));
        }
        m.put("outcomeCards", cards);
        m.put("outcomeChart", BarChart.of(BarChart.COMPACT, "chart-outcomes", t.get("outcomes.chart"),
                t.get("outcomes.chart") + " (" + entries.size() + ").", rows, null, null));
        m.put("outcomeHeaders", OUTCOMES.stream().map(o -> t.get("outcome." + o)).toList());

        Map<String, int[]> byTrack = new LinkedHashMap<>();
        for (Track track : Track.values()) {
            byTrack.put(t.get("track." + track), new int[OUTCOMES.size()]);
        }
        for (CallEntry e : entries) {
            Track track = e.application() == null ? null : e.application().track();
            String key = t.get(track == null ? "track.none" : "track." + track);
            byTrack.computeIfAbsent(key, k -> new int[OUTCOMES.size()])[OUTCOMES.indexOf(e.decision().outcome())]++;
        }
        List<Map<String, Object>> trackRows = new ArrayList<>();
        byTrack.forEach((label, c) -> trackRows.add(countRow(label, c)));
        m.put("trackRows", trackRows);
    }

    private static Map<String, Object> countRow(String label, int[] counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        List<Integer> cells = new ArrayList<>();
        int total = 0;
        for (int c : counts) {
            cells.add(c);
            total += c;
        }
        row.put("cells", cells);
        row.put("total", total);
        return row;
    }

    private static String css(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- criteria ----

    private void criteria(Labels t, Map<String, Object> m) {
        Map<String, int[]> stats = new LinkedHashMap<>();   // fails, sole fails, unknown
        CriterionIds.IN_ORDER.forEach(id -> stats.put(id, new int[3]));
        for (CallEntry e : entries) {
            List<CriterionResult> failed = e.decision().criteria().stream()
                    .filter(c -> c.result() == Verdict.FAIL).toList();
            for (CriterionResult c : e.decision().criteria()) {
                int[] s = stats.computeIfAbsent(c.id(), k -> new int[3]);
                if (c.result() == Verdict.FAIL) {
                    s[0]++;
                    if (failed.size() == 1) {
                        s[1]++;
                    }
                } else if (c.result() == Verdict.UNKNOWN) {
                    s[2]++;
                }
            }
        }
        List<String> ids = new ArrayList<>(stats.keySet());
        // Most failures first; ties keep the ruleset's order (the sort is stable).
        ids.sort(Comparator.comparingInt((String id) -> stats.get(id)[0]).reversed());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<BarChart.Row> bars = new ArrayList<>();
        for (String id : ids) {
            int[] s = stats.get(id);
            String label = criterionLabel(t, id);
            rows.add(Map.of("id", id, "label", label, "fails", s[0], "sole", s[1], "unknown", s[2]));
            bars.add(new BarChart.Row(id, BigDecimal.valueOf(s[0]), Integer.toString(s[0]), BigDecimal.ZERO,
                    "bar-not-eligible"));
        }
        m.put("criteriaRows", rows);
        m.put("criteriaChart", BarChart.of(BarChart.COMPACT, "chart-criteria", t.get("criteria.chart"),
                t.get("criteria.chart") + " (" + t.get("soleFails") + ": "
                        + rows.stream().map(r -> r.get("id") + " " + r.get("sole")).collect(Collectors.joining(", "))
                        + ").",
                bars, null, null));
    }

    private static String criterionLabel(Labels t, String id) {
        return t.getOrDefault("crit." + id, id);
    }

    // ---- R&D against the thresholds ----

    private void rd(Labels t, Formats f, Map<String, Object> m) {
        BigDecimal pm = parameters.decimal(InterimParameters.RD_MIN_PRECISION_MEDICINE);
        BigDecimal ie = parameters.decimal(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL);
        m.put("rdIntro", t.format("rd.intro", f.amount(pm), f.amount(ie)));
        List<Map<String, Object>> charts = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Track track : Track.values()) {
            BigDecimal threshold = track == Track.PRECISION_MEDICINE ? pm : ie;
            List<BarChart.Row> bars = new ArrayList<>();
            for (CallEntry e : entries) {
                Application a = e.application();
                Decision d = e.decision();
                if (d.outcome() == Outcome.INVALID || a == null || a.track() != track) {
                    continue;
                }
                Integer year = d.referenceYear();
                FiscalYear fy = year == null ? null : a.fiscalYear(year).orElse(null);
                BigDecimal rd = fy == null ? null : fy.rdExpenditure();
                BigDecimal grants = fy == null ? null : fy.euInternationalGrants();
                Verdict verdict = d.criterion(CriterionIds.RD_MIN).map(CriterionResult::result).orElse(Verdict.UNKNOWN);
                String valueText = rd == null ? t.get("notAvailable") : f.amount(rd);
                if (track == Track.INDUSTRIAL_ENVIRONMENTAL && grants != null && grants.signum() > 0) {
                    valueText += " (" + t.get("grantsShort") + ": " + f.amount(grants) + ")";
                }
                bars.add(new BarChart.Row(shorten(a.company() == null ? d.applicationId() : a.company().name()),
                        rd == null ? BigDecimal.ZERO : rd, valueText, BigDecimal.ZERO,
                        "bar-" + verdict.name().toLowerCase(Locale.ROOT)));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.applicationId());
                row.put("company", a.company() == null ? "" : a.company().name());
                row.put("track", t.get("track." + track));
                row.put("year", year == null ? t.get("notAvailable") : year.toString());
                row.put("rd", rd == null ? t.get("notAvailable") : f.amount(rd));
                row.put("grants", grants == null ? t.get("notAvailable") : f.amount(grants));
                row.put("threshold", f.amount(threshold));
                row.put("result", t.get("verdict." + verdict));
                row.put("cls", verdict.name().toLowerCase(Locale.ROOT));
                rows.add(row);
            }
            if (!bars.isEmpty()) {
                String title = t.format("rd.chart", t.get("track." + track));
                String thresholdLabel = t.get("threshold") + " " + f.amount(threshold);
                charts.add(Map.of("chart", BarChart.of(BarChart.WIDE, "chart-rd-" + css(track), title, title + ":", bars, threshold,
                        thresholdLabel)));
            }
        }
        m.put("rdCharts", charts);
        m.put("rdRows", rows);
    }

    private static String css(Track track) {
        return track.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A chart label of reasonable length; the tables keep the full name. */
    private static String shorten(@Nullable String s) {
        if (s == null) {
            return "-";
        }
        return s.length() <= 34 ? s : s.substring(0, 33) + "…";
    }

    // ---- regions ----

    private void regions(Labels t, Map<String, Object> m) {
        Map<String, int[]> byRegion = new TreeMap<>(Collator.getInstance(t.locale()));
        for (CallEntry e : entries) {
            String region = region(e.application());
            byRegion.computeIfAbsent(region == null ? t.get("region.none") : region, k -> new int[OUTCOMES.size()])
                    [OUTCOMES.indexOf(e.decision().outcome())]++;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byRegion.forEach((label, c) -> rows.add(countRow(label, c)));
        // Most applications first; ties in alphabetical order (the sort is stable).
        rows.sort(Comparator.comparingInt((Map<String, Object> r) -> (Integer) r.get("total")).reversed());
        List<BarChart.Row> bars = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            int total = (Integer) r.get("total");
            int eligible = byRegion.get((String) r.get("label"))[0];
            bars.add(new BarChart.Row((String) r.get("label"), BigDecimal.valueOf(total),
                    total + " (" + t.get("outcome.ELIGIBLE").toLowerCase(t.locale()) + ": " + eligible + ")",
                    BigDecimal.valueOf(eligible), "bar-region"));
        }
        m.put("regionRows", rows);
        m.put("regionChart", BarChart.of(BarChart.COMPACT, "chart-regions", t.get("regions.chart"), t.get("regions.chart") + ":",
                bars, null, null));
    }

    private static @Nullable String region(@Nullable Application a) {
        if (a == null || a.company() == null) {
            return null;
        }
        Location seat = a.company().legalSeat();
        return seat == null || seat.region() == null || seat.region().isBlank() ? null : seat.region();
    }

    // ---- the register ----

    private void register(Labels t, Formats f, Map<String, Object> m) {
        List<Map<String, Object>> companies = new ArrayList<>();
        for (CallEntry e : entries) {
            Application a = e.application();
            Decision d = e.decision();
            if (d.outcome() != Outcome.ELIGIBLE || a == null) {
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", a.applicationId());
            c.put("name", a.company().name());
            Location seat = a.company().legalSeat();
            c.put("place", Stream.of(seat.city(), seat.region()).filter(Objects::nonNull)
                    .collect(Collectors.joining(", ")));
            c.put("track", t.get("track." + a.track()));
            c.put("programmes", a.programs().stream().map(CallReport::programme).collect(Collectors.joining("; ")));
            Integer year = d.referenceYear();
            BigDecimal rd = year == null ? null : a.fiscalYear(year).map(FiscalYear::rdExpenditure).orElse(null);
            c.put("rd", rd == null ? t.get("notAvailable") : f.amount(rd) + " (" + year + ")");
            List<Recommendation> recs = matcher.recommend(a, d, supportAfter);
            c.put("groups", List.of(
                    group(t, f, "events", recs, SupportKind.EVENT),
                    group(t, f, "hubs", recs, SupportKind.HUB),
                    group(t, f, "markets", recs, SupportKind.MARKET)));
            companies.add(c);
        }
        m.put("register", companies);
        m.put("registerEmpty", companies.isEmpty());
    }

    private static String programme(Program p) {
        return p.technology() + " → " + String.join(", ", p.priorities() == null ? List.of() : p.priorities());
    }

    private static Map<String, Object> group(Labels t, Formats f, String key, List<Recommendation> recs,
            SupportKind kind) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Recommendation r : recs) {
            if (r.kind() != kind || items.size() == TOP) {
                continue;
            }
            SupportEntry e = r.entry();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", t.italian() ? e.name().it() : e.name().en());
            // An event is where its edition is held: BIO-Europe moves from city to city.
            SupportEntry.Edition edition = r.edition();
            var place = edition != null ? edition.city() : e.city();
            String city = place == null ? null : (t.italian() ? place.it() : place.en());
            String country = f.country(edition != null && edition.country() != null ? edition.country() : e.country());
            item.put("where", city == null ? country : city + ", " + country);
            item.put("when", r.month() == null ? null : f.month(r.month().atDay(1)));
            item.put("projected", r.projected());
            item.put("score", r.score());
            item.put("editorial", r.basis() == FocusBasis.ESIBE_EDITORIAL);
            item.put("explanation", r.explanation().in(t.locale()));
            item.put("note", e.note() == null ? null : e.note().in(t.locale()));
            items.add(item);
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("title", t.get(key));
        g.put("items", items);
        g.put("empty", items.isEmpty());
        return g;
    }

    /** Numbers, months and countries as the report's language writes them. */
    private static final class Formats {
        private final Labels t;
        private final DecimalFormat amount;
        private final DateTimeFormatter month;

        Formats(Labels t) {
            this.t = t;
            this.amount = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(t.locale()));
            this.month = DateTimeFormatter.ofPattern("MMMM uuuu", t.locale());
        }

        String amount(BigDecimal v) {
            String n = amount.format(v);
            return t.italian() ? n + " EUR" : "EUR " + n;
        }

        String month(LocalDate d) {
            return d.format(month);
        }

        String country(String code) {
            return new Locale.Builder().setRegion(code).build().getDisplayCountry(t.locale());
        }
    }
}
