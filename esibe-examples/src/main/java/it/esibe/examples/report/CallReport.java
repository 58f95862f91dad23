package it.esibe.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.io.Decided;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The HTML report on one call, for the people who run it at MAECI, Agenzia ICE and the regional
 * clusters: counts per outcome and track, the criteria that exclude most applicants, R&amp;D against
 * the thresholds, a regional breakdown and the register of admitted companies with the support of
 * §5.4 recommended to each.
 *
 * <p>The report is built while the call is read: {@link #add} (or {@link #accept}) takes one
 * decision at a time and keeps only what the page shows, so its memory does not grow with the
 * number of applications. Counts (per outcome, track, region and criterion) cover every
 * application; what the page lists one by one is capped, and the page says how many it leaves out:
 * <ul>
 *   <li>the R&amp;D chart and table of each track: the first {@value #MAX_RD} valid applications of
 *       the track, in input order;</li>
 *   <li>the register: the first {@value #MAX_REGISTER} admitted companies, in input order, each with
 *       its support ({@code esibe export-register} writes the whole register);</li>
 *   <li>the regions: the first {@value #MAX_REGIONS} distinct regions met, each named to at most
 *       {@value #MAX_REGION_LENGTH} characters; the applications of further regions are counted in
 *       one last row.</li>
 * </ul>
 *
 * <p>The page is self-contained (inline CSS and SVG, no script, no external resource; a content
 * security policy forbids loading any) and is rendered with Mustache, which escapes every value:
 * a company name is always text, never markup. The same inputs give the same bytes: nothing
 * depends on the clock.
 *
 * <p>Not thread-safe: one thread adds the decisions, then renders.
 */
public final class CallReport implements Consumer<Decided> {

    /** How many offers of each kind the register shows per company. */
    public static final int TOP = 3;
    /** How many valid applications of each track the R&amp;D chart draws and its table lists. */
    public static final int MAX_RD = 100;
    /** How many admitted companies the register lists, each with its recommended support. */
    public static final int MAX_REGISTER = 500;
    /** How many distinct regions get a row of their own. */
    public static final int MAX_REGIONS = 100;
    /** How many characters of a region's name the page shows (a valid one has at most 100). */
    public static final int MAX_REGION_LENGTH = 100;
    /** How many valid applications the list of reasons shows, each criterion linked to its rule. */
    public static final int MAX_REASONS = 500;

    /** The outcomes in the order the report shows them: from admitted to unreadable. */
    private static final List<Outcome> OUTCOMES = List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE,
            Outcome.INVALID);

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("it/esibe/examples/report")
            .compile("report.mustache");

    private final List<String> sources;
    private final SupportMatcher matcher;
    private final LocalDate supportAfter;
    private final RulesetParameters parameters;

    private long total;
    private @Nullable String ruleset;
    private final long[] outcomes = new long[OUTCOMES.size()];
    /** Counts per outcome for each track, and for applications whose track could not be read. */
    private final Map<Track, long[]> byTrack = new EnumMap<>(Track.class);
    private final long[] noTrack = new long[OUTCOMES.size()];
    /** Per criterion: fails, sole fails, unknown; in the ruleset's order, then as met. */
    private final Map<String, long[]> criteria = new LinkedHashMap<>();
    private final Map<Track, List<RdEntry>> rd = new EnumMap<>(Track.class);
    private final Map<Track, long[]> rdLeftOut = new EnumMap<>(Track.class);
    /** Counts per outcome for each of the first {@link #MAX_REGIONS} regions met. */
    private final Map<String, long[]> regions = new HashMap<>();
    private final long[] noRegion = new long[OUTCOMES.size()];
    private final long[] otherRegions = new long[OUTCOMES.size()];
    private final List<Admitted> register = new ArrayList<>();
    private long registerLeftOut;
    /** The sections "What changes under …", in the order the rulesets were named. */
    private final List<ChangesSection> changes = new ArrayList<>();
    private final List<Reasons> reasons = new ArrayList<>();
    private long reasonsLeftOut;
    /** The rules reference the page holds and links each reason to; none until {@link #rules} is called. */
    private @Nullable Ruleset rules;
    private @Nullable Ruleset rulesBase;
    private @Nullable MessageCatalog rulesCatalog;

    /**
     * An empty report; {@link #add} each decision of the call, then {@link #write} the page.
     *
     * @param sources the names of the input files, as the page should show them
     * @param matcher the support catalogue and matcher for the register's recommendations
     * @param supportAfter events are recommended in their first edition after this date
     * @param parameters the ruleset's parameters, for the R&amp;D thresholds
     */
    public CallReport(List<String> sources, SupportMatcher matcher, LocalDate supportAfter,
            RulesetParameters parameters) {
        this.sources = List.copyOf(sources);
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.supportAfter = Objects.requireNonNull(supportAfter, "supportAfter");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        for (Track track : Track.values()) {
            byTrack.put(track, new long[OUTCOMES.size()]);
            rd.put(track, new ArrayList<>());
            rdLeftOut.put(track, new long[1]);
        }
        CriterionIds.IN_ORDER.forEach(id -> criteria.put(id, new long[3]));
    }

    /**
     * Adds the rules reference of {@code ruleset} to the page (a section of its own, as
     * {@code esibe rules} writes it), and links each criterion the page names to its rule there.
     *
     * @param ruleset the ruleset whose rules the page shows, such as the one the call was decided by
     * @param base the ruleset it is shown as a difference from, or null
     * @param catalog the message providers' texts, such as {@code EsibeRegistry.messages()}
     * @return this report
     */
    public CallReport rules(Ruleset ruleset, @Nullable Ruleset base, MessageCatalog catalog) {
        this.rules = Objects.requireNonNull(ruleset, "ruleset");
        this.rulesBase = base;
        this.rulesCatalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /** Adds one record's decision with its application, as the reader passes them. */
    @Override
    public void accept(Decided decided) {
        add(decided.application(), decided.decision());
    }

    /**
     * Adds one record of the call.
     *
     * @param application the application as read; {@code null} when the record was not an
     *     application at all. For an {@code INVALID} decision its values may be missing or wrong
     * @param decision the decision on it
     */
    public void add(@Nullable Application application, Decision decision) {
        Objects.requireNonNull(decision, "decision");
        if (total == 0) {
            ruleset = decision.ruleset();
        }
        total++;
        int outcome = OUTCOMES.indexOf(decision.outcome());
        outcomes[outcome]++;
        Track track = application == null ? null : application.track();
        (track == null ? noTrack : byTrack.get(track))[outcome]++;
        countCriteria(decision);
        countRegion(application, outcome);
        if (application != null && track != null && decision.outcome() != Outcome.INVALID) {
            List<RdEntry> rows = rd.get(track);
            if (rows.size() < MAX_RD) {
                rows.add(RdEntry.of(application, decision));
            } else {
                rdLeftOut.get(track)[0]++;
            }
        }
        if (application != null && decision.outcome() != Outcome.INVALID) {
            if (reasons.size() < MAX_REASONS) {
                reasons.add(Reasons.of(application, decision));
            } else {
                reasonsLeftOut++;
            }
        }
        if (application != null && decision.outcome() == Outcome.ELIGIBLE) {
            if (register.size() < MAX_REGISTER) {
                register.add(Admitted.of(application, decision, matcher.recommend(application, decision, supportAfter)));
            } else {
                registerLeftOut++;
            }
        }
    }

    /**
     * Adds a section "What changes under …" after the register, which the caller fills and finishes
     * ({@link ChangesSection#add}, {@link ChangesSection#finish}) before the page is written.
     *
     * @param section the section on one further ruleset
     */
    public void addChanges(ChangesSection section) {
        changes.add(Objects.requireNonNull(section, "section"));
    }

    /** How many records were added. */
    public long total() {
        return total;
    }

    private void countCriteria(Decision d) {
        long failed = d.criteria().stream().filter(c -> c.result() == Verdict.FAIL).count();
        for (CriterionResult c : d.criteria()) {
            long[] s = criteria.computeIfAbsent(c.id(), k -> new long[3]);
            if (c.result() == Verdict.FAIL) {
                s[0]++;
                if (failed == 1) {
                    s[1]++;
                }
            } else if (c.result() == Verdict.UNKNOWN) {
                s[2]++;
            }
        }
    }

    private void countRegion(@Nullable Application a, int outcome) {
        String region = region(a);
        long[] counts;
        if (region == null) {
            counts = noRegion;
        } else {
            counts = regions.get(region);
            if (counts == null) {
                if (regions.size() < MAX_REGIONS) {
                    counts = new long[OUTCOMES.size()];
                    regions.put(region, counts);
                } else {
                    counts = otherRegions;
                }
            }
        }
        counts[outcome]++;
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

    /**
     * Writes the page in {@code locale}'s language to {@code out}, which is flushed, not closed.
     *
     * @throws IOException if {@code out} fails
     */
    public void write(Locale locale, Writer out) throws IOException {
        execute(TEMPLATE, model(Labels.of(locale)), out);
    }

    /**
     * Renders {@code template} with {@code model} to {@code out} and flushes it; a failure of the
     * writer is the {@link IOException} it was, not Mustache's wrapping of it.
     */
    static void execute(Mustache template, Object model, Writer out) throws IOException {
        try {
            template.execute(out, model);
        } catch (MustacheException e) {
            // Mustache wraps a failure of the writer (a full disk) in its own unchecked exception.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
        out.flush();
    }

    private Map<String, Object> model(Labels t) {
        Map<String, Object> m = new LinkedHashMap<>();
        Formats f = new Formats(t);
        m.put("lang", t.italian() ? "it" : "en");
        m.put("t", t.forTemplate());
        m.put("sources", String.join(", ", sources));
        m.put("ruleset", ruleset == null ? "-" : ruleset);
        m.put("supportAfter", supportAfter.toString());
        m.put("total", total);
        outcomes(t, m);
        criteria(t, m);
        rd(t, f, m);
        regions(t, m);
        register(t, f, m);
        m.put("changes", changes.stream().map(c -> c.model(t, f::amount)).toList());
        reasons(t, m);
        return m;
    }

    // ---- outcomes and tracks ----

    private void outcomes(Labels t, Map<String, Object> m) {
        List<Map<String, Object>> cards = new ArrayList<>();
        List<BarChart.Row> rows = new ArrayList<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            Outcome o = OUTCOMES.get(i);
            long n = outcomes[i];
            cards.add(Map.of("label", t.get("outcome." + o), "count", n, "cls", css(o)));
            rows.add(new BarChart.Row(t.get("outcome." + o), BigDecimal.valueOf(n), Long.toString(n),
                    BigDecimal.ZERO, "bar-" + css(o)));
        }
        m.put("outcomeCards", cards);
        m.put("outcomeChart", BarChart.of(BarChart.COMPACT, "chart-outcomes", t.get("outcomes.chart"),
                t.get("outcomes.chart") + " (" + total + ").", rows, null, null));
        m.put("outcomeHeaders", OUTCOMES.stream().map(o -> t.get("outcome." + o)).toList());

        List<Map<String, Object>> trackRows = new ArrayList<>();
        byTrack.forEach((track, c) -> trackRows.add(countRow(t.get("track." + track), c)));
        if (total(noTrack) > 0) {
            trackRows.add(countRow(t.get("track.none"), noTrack));
        }
        m.put("trackRows", trackRows);
    }

    private static Map<String, Object> countRow(String label, long[] counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        List<Long> cells = new ArrayList<>();
        for (long c : counts) {
            cells.add(c);
        }
        row.put("cells", cells);
        row.put("total", total(counts));
        return row;
    }

    private static long total(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    private static String css(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- criteria ----

    private void criteria(Labels t, Map<String, Object> m) {
        List<String> ids = new ArrayList<>(criteria.keySet());
        // Most failures first; ties keep the ruleset's order (the sort is stable).
        ids.sort(Comparator.comparingLong((String id) -> criteria.get(id)[0]).reversed());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<BarChart.Row> bars = new ArrayList<>();
        for (String id : ids) {
            long[] s = criteria.get(id);
            String label = criterionLabel(t, id);
            Map<String, Object> row = new LinkedHashMap<>(Map.of("id", id, "label", label, "fails", s[0], "sole", s[1],
                    "unknown", s[2]));
            row.put("link", link(id));
            rows.add(row);
            bars.add(new BarChart.Row(id, BigDecimal.valueOf(s[0]), Long.toString(s[0]), BigDecimal.ZERO,
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

    /**
     * What the R&amp;D chart and table show of one valid application: figures of its reference year.
     *
     * @param label the chart's label: the company's name, or the application's id (the chart shortens it)
     */
    private record RdEntry(@Nullable String id, String company, String label, @Nullable Integer year,
            @Nullable BigDecimal rd, @Nullable BigDecimal grants, Verdict verdict) {

        static RdEntry of(Application a, Decision d) {
            Integer year = d.referenceYear();
            FiscalYear fy = year == null ? null : a.fiscalYear(year).orElse(null);
            String name = a.company() == null ? null : a.company().name();
            String label = a.company() == null ? d.applicationId() : name;
            return new RdEntry(d.applicationId(), name == null ? "" : name, label == null ? "-" : label, year,
                    fy == null ? null : fy.rdExpenditure(), fy == null ? null : fy.euInternationalGrants(),
                    d.criterion(CriterionIds.RD_MIN).map(CriterionResult::result).orElse(Verdict.UNKNOWN));
        }
    }

    private void rd(Labels t, Formats f, Map<String, Object> m) {
        BigDecimal pm = parameters.get(InterimParameters.RD_MIN_PRECISION_MEDICINE);
        BigDecimal ie = parameters.get(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL);
        m.put("rdIntro", t.format("rd.intro", f.amount(pm), f.amount(ie)));
        List<Map<String, Object>> charts = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Track track : Track.values()) {
            BigDecimal threshold = track == Track.PRECISION_MEDICINE ? pm : ie;
            List<BarChart.Row> bars = new ArrayList<>();
            for (RdEntry e : rd.get(track)) {
                String valueText = e.rd() == null ? t.get("notAvailable") : f.amount(e.rd());
                if (track == Track.INDUSTRIAL_ENVIRONMENTAL && e.grants() != null && e.grants().signum() > 0) {
                    valueText += " (" + t.get("grantsShort") + ": " + f.amount(e.grants()) + ")";
                }
                String cls = e.verdict().name().toLowerCase(Locale.ROOT);
                bars.add(new BarChart.Row(e.label(), e.rd() == null ? BigDecimal.ZERO : e.rd(), valueText,
                        BigDecimal.ZERO, "bar-" + cls));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", e.id());
                row.put("company", e.company());
                row.put("track", t.get("track." + track));
                row.put("year", e.year() == null ? t.get("notAvailable") : e.year().toString());
                row.put("rd", e.rd() == null ? t.get("notAvailable") : f.amount(e.rd()));
                row.put("grants", e.grants() == null ? t.get("notAvailable") : f.amount(e.grants()));
                row.put("threshold", f.amount(threshold));
                row.put("result", t.get("verdict." + e.verdict()));
                row.put("cls", cls);
                rows.add(row);
            }
            if (!bars.isEmpty()) {
                String title = t.format("rd.chart", t.get("track." + track));
                String thresholdLabel = t.get("threshold") + " " + f.amount(threshold);
                charts.add(Map.of("chart", BarChart.of(BarChart.WIDE, "chart-rd-" + css(track), title, title + ":", bars, threshold,
                        thresholdLabel)));
            }
            long more = rdLeftOut.get(track)[0];
            if (more > 0) {
                leftOut.add(t.format("rd.more", more, t.get("track." + track), MAX_RD));
            }
        }
        m.put("rdCharts", charts);
        m.put("rdRows", rows);
        m.put("rdLeftOut", leftOut);
    }

    private static String css(Track track) {
        return track.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- regions ----

    private void regions(Labels t, Map<String, Object> m) {
        // "Not given" sorts among the regions by its label, as a region would.
        Map<String, long[]> byRegion = new TreeMap<>(Collator.getInstance(t.locale()));
        byRegion.putAll(regions);
        if (total(noRegion) > 0) {
            byRegion.merge(t.get("region.none"), noRegion, CallReport::sum);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byRegion.forEach((label, c) -> rows.add(regionRow(label, c)));
        // Most applications first; ties in alphabetical order (the sort is stable).
        rows.sort(Comparator.comparingLong((Map<String, Object> r) -> (Long) r.get("total")).reversed());
        boolean others = total(otherRegions) > 0;
        if (others) {
            // Last whatever its size: it is no region, and its size depends on which regions came first.
            rows.add(regionRow(t.get("region.other"), otherRegions));
        }
        List<BarChart.Row> bars = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            long all = (Long) r.get("total");
            long admitted = (Long) r.get("eligible");
            bars.add(new BarChart.Row((String) r.get("label"), BigDecimal.valueOf(all),
                    all + " (" + t.get("outcome.ELIGIBLE").toLowerCase(t.locale()) + ": " + admitted + ")",
                    BigDecimal.valueOf(admitted), "bar-region"));
        }
        m.put("regionRows", rows);
        m.put("regionChart", BarChart.of(BarChart.COMPACT, "chart-regions", t.get("regions.chart"), t.get("regions.chart") + ":",
                bars, null, null));
        m.put("regionsLeftOut", others ? List.of(t.format("regions.more", MAX_REGIONS)) : List.of());
    }

    private static Map<String, Object> regionRow(String label, long[] counts) {
        Map<String, Object> row = countRow(label, counts);
        row.put("eligible", counts[OUTCOMES.indexOf(Outcome.ELIGIBLE)]);
        return row;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] s = a.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += b[i];
        }
        return s;
    }

    /** The region of the legal seat, at most {@link #MAX_REGION_LENGTH} characters; null when not given. */
    private static @Nullable String region(@Nullable Application a) {
        if (a == null || a.company() == null) {
            return null;
        }
        Location seat = a.company().legalSeat();
        String region = seat == null ? null : seat.region();
        if (region == null || region.isBlank()) {
            return null;
        }
        if (region.codePointCount(0, region.length()) <= MAX_REGION_LENGTH) {
            return region;
        }
        return region.substring(0, region.offsetByCodePoints(0, MAX_REGION_LENGTH - 1)) + "…";
    }

    // ---- each application's reasons, linked to the rules ----

    /** What the list of reasons shows of one valid application: its criteria's results, not their texts. */
    private record Reasons(String id, String company, Outcome outcome, List<String> criteria, List<Verdict> verdicts) {

        static Reasons of(Application a, Decision d) {
            String id = d.applicationId() == null ? "-" : d.applicationId();
            String company = a.company() == null || a.company().name() == null ? "" : a.company().name();
            return new Reasons(id, company, d.outcome(), d.criteria().stream().map(CriterionResult::id).toList(),
                    d.criteria().stream().map(CriterionResult::result).toList());
        }
    }

    /** The link to criterion {@code id}'s rule in this page, or null when the page holds no rule of that id. */
    private @Nullable String link(String id) {
        return rules != null && rules.criterion(id).isPresent() ? "#" + RulesReference.anchor(id) : null;
    }

    private void reasons(Labels t, Map<String, Object> m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Reasons r : reasons) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (int i = 0; i < r.criteria().size(); i++) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", r.criteria().get(i));
                c.put("link", link(r.criteria().get(i)));
                c.put("verdict", t.get("verdict." + r.verdicts().get(i)));
                c.put("cls", r.verdicts().get(i).name().toLowerCase(Locale.ROOT));
                results.add(c);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("company", r.company());
            row.put("outcome", t.get("outcome." + r.outcome()));
            row.put("cls", css(r.outcome()));
            row.put("results", results);
            rows.add(row);
        }
        m.put("reasons", rows);
        m.put("hasReasons", !rows.isEmpty());
        m.put("reasonsLeftOut", reasonsLeftOut > 0 ? List.of(t.format("reasons.more", reasonsLeftOut, MAX_REASONS))
                : List.of());
        m.put("rulesSection", rules == null || rulesCatalog == null ? null
                : RulesReference.of(rulesCatalog, t.locale()).htmlSection(rules, rulesBase));
    }

    // ---- the register ----

    /**
     * What the register shows of one admitted company, with the support recommended to it: no
     * more than the page needs, so that the register's memory is bounded by its cap.
     */
    private record Admitted(String id, String name, String place, Track track, String programmes,
            @Nullable BigDecimal rd, @Nullable Integer year, List<Recommendation> recommendations) {

        static Admitted of(Application a, Decision d, List<Recommendation> all) {
            Location seat = a.company().legalSeat();
            Integer year = d.referenceYear();
            BigDecimal rd = year == null ? null : a.fiscalYear(year).map(FiscalYear::rdExpenditure).orElse(null);
            List<Recommendation> kept = new ArrayList<>();
            Map<SupportKind, Integer> perKind = new EnumMap<>(SupportKind.class);
            for (Recommendation r : all) {
                if (perKind.merge(r.kind(), 1, Integer::sum) <= TOP) {
                    kept.add(r);
                }
            }
            return new Admitted(a.applicationId(), a.company().name(),
                    Stream.of(seat.city(), seat.region()).filter(Objects::nonNull).collect(Collectors.joining(", ")),
                    a.track(),
                    a.programs().stream().map(CallReport::programme).collect(Collectors.joining("; ")),
                    rd, year, List.copyOf(kept));
        }
    }

    private void register(Labels t, Formats f, Map<String, Object> m) {
        List<Map<String, Object>> companies = new ArrayList<>();
        for (Admitted a : register) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", a.id());
            c.put("name", a.name());
            c.put("place", a.place());
            c.put("track", t.get("track." + a.track()));
            c.put("programmes", a.programmes());
            c.put("rd", a.rd() == null ? t.get("notAvailable") : f.amount(a.rd()) + " (" + a.year() + ")");
            c.put("groups", List.of(
                    group(t, f, "events", a.recommendations(), SupportKind.EVENT),
                    group(t, f, "hubs", a.recommendations(), SupportKind.HUB),
                    group(t, f, "markets", a.recommendations(), SupportKind.MARKET)));
            companies.add(c);
        }
        m.put("register", companies);
        m.put("registerEmpty", companies.isEmpty());
        m.put("registerLeftOut", registerLeftOut > 0
                ? List.of(t.format("register.more", registerLeftOut, MAX_REGISTER)) : List.of());
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
