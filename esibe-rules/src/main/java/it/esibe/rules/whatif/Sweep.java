package it.esibe.rules.whatif;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Reform;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvaluatorBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides a call at every value of one parameter over a range (or of two, as a table) and counts
 * the outcomes at each: what a threshold does to the register, value by value.
 *
 * <p>By default the values are not only the grid: for an amount, a share or a staff figure, the
 * sweep finds by bisection, between two values of the grid where an application's outcome differs,
 * the exact value where it changes, in the parameter's own precision (a cent, a ten-thousandth of a
 * share, a hundredth of a work unit). Its result ({@link SweepResult}) has a point at each such
 * breakpoint and lists the applications that change there, so a plot of the counts steps exactly
 * where an applicant's figure lies. The breakpoints are exact when each application changes outcome
 * at most once between two neighbouring values of the grid, as with a threshold; a change that is
 * undone before the next value of the grid is not seen.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.builder(Esibe.defaults(), Rulesets.interim())
 *         .axis("rd.min.precisionMedicine", new BigDecimal("1000000"), new BigDecimal("3000000"),
 *                 new BigDecimal("100000"))
 *         .build();
 * Sweep.Run run = sweep.start();
 * call.forEach(run::add);
 * SweepResult result = run.result();
 * }</pre>
 *
 * <p>To sweep a file, add each record a reader delivers: with esibe-io,
 * {@code ApplicationReader.create().read(file, run::add)}; a record that is no application at all
 * is counted as {@code INVALID} at every value.
 *
 * <p>Each application is decided at every value of the grid (and a few more to locate its
 * breakpoints), without rendering explanations; a run keeps the counts, the breakpoints and at most
 * {@code maxFlips} listed changes, so its memory does not grow with the call beyond the number of
 * distinct breakpoints, itself bounded by {@code maxBreakpoints} (past it, further changes are
 * located to the grid only, and say so).
 *
 * <p>Thread-safety: a sweep is immutable and thread-safe; a {@link Run} is not.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Sweep {

    /** The most values the grid of one parameter may have. */
    public static final int MAX_POINTS = 1001;
    /** The most cells a sweep of two parameters may have. */
    public static final int MAX_CELLS = 10_000;
    /** How many changes of outcome a result lists by default. */
    public static final int DEFAULT_MAX_FLIPS = 1000;
    /** How many distinct breakpoints a run locates exactly by default. */
    public static final int DEFAULT_MAX_BREAKPOINTS = 10_000;

    /** How many evaluators of values off the grid a run keeps: bisections of one interval share their values. */
    private static final int CACHED = 256;
    private static final int TRACKS = Track.values().length + 1;
    private static final int OUTCOMES = Outcome.values().length;

    private final EsibeRegistry registry;
    private final Ruleset base;
    private final List<Axis> axes;
    private final Consumer<EvaluatorBuilder> settings;
    private final boolean exact;
    private final int maxFlips;
    private final int maxBreakpoints;
    /** One per value of the grid (one parameter) or per cell, row by row (two). */
    private final List<ApplicationEvaluator> grid;
    /** Evaluators of values off the grid, shared by the runs: the bisections of one interval meet the same values. */
    private final Map<BigDecimal, ApplicationEvaluator> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<BigDecimal, ApplicationEvaluator> eldest) {
            return size() > CACHED;
        }
    };

    private Sweep(Builder b, List<Axis> axes) {
        this.registry = b.registry;
        this.base = b.base;
        this.axes = List.copyOf(axes);
        this.settings = b.settings;
        this.exact = b.exact;
        this.maxFlips = b.maxFlips;
        this.maxBreakpoints = b.maxBreakpoints;
        List<ApplicationEvaluator> evaluators = new ArrayList<>();
        if (axes.size() == 1) {
            for (BigDecimal v : axes.get(0).grid()) {
                evaluators.add(evaluatorFor(List.of(v)));
            }
        } else {
            for (BigDecimal v1 : axes.get(0).grid()) {
                for (BigDecimal v2 : axes.get(1).grid()) {
                    evaluators.add(evaluatorFor(List.of(v1, v2)));
                }
            }
        }
        this.grid = List.copyOf(evaluators);
    }

    /**
     * A new builder of sweeps over the parameters of {@code base}.
     *
     * @param registry the registry whose messages, taxonomy and evidence sources the evaluators use
     * @param base the ruleset whose parameters are varied; registered or not
     * @return the builder
     */
    public static Builder builder(EsibeRegistry registry, Ruleset base) {
        return new Builder(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(base, "base"));
    }

    /** {@return the ruleset whose parameters are varied} */
    public Ruleset base() {
        return base;
    }

    /** {@return the parameters varied, one or two} */
    public List<Axis> axes() {
        return axes;
    }

    /** {@return a new run over one call, with every count at zero} */
    public Run start() {
        return new Run();
    }

    /** The ruleset {@link #base} with the axes' parameters at {@code values}. */
    private Ruleset at(List<BigDecimal> values) {
        Reform reform = base.derive(base.id());
        for (int i = 0; i < values.size(); i++) {
            reform.parameter(axes.get(i).key().name(), values.get(i).toPlainString());
        }
        return reform.build();
    }

    private ApplicationEvaluator evaluatorFor(List<BigDecimal> values) {
        EvaluatorBuilder b = registry.evaluator();
        settings.accept(b);
        // Only outcomes are counted: rendering explanations would be most of the cost.
        return b.explanations(false).ruleset(at(values)).build();
    }

    /** The evaluator of the base with the (single) parameter at {@code value}. */
    private ApplicationEvaluator evaluatorAt(BigDecimal value) {
        BigDecimal key = value.stripTrailingZeros();
        synchronized (cache) {
            ApplicationEvaluator e = cache.get(key);
            if (e == null) {
                e = evaluatorFor(List.of(value));
                cache.put(key, e);
            }
            return e;
        }
    }

    /**
     * One parameter a sweep varies: its key, range and step, the values of its grid, and the
     * precision its breakpoints are found to.
     *
     * @param key the parameter's key, as the base ruleset has it
     * @param from the first value
     * @param to the last value
     * @param step the distance between two values of the grid
     * @param grid {@code from}, {@code from + step} … up to {@code to}, which is always the last; in
     *     the precision of {@code resolution} when there is one ({@code 2500000.00})
     * @param resolution the precision of breakpoints: {@code 0.01} for an amount or a staff figure,
     *     {@code 0.0001} for a share; null for a plain number, whose breakpoints are not searched
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Axis(ParameterKey<?> key, BigDecimal from, BigDecimal to, BigDecimal step, List<BigDecimal> grid,
            @Nullable BigDecimal resolution) {

        /**
         * Copies the grid.
         *
         * @param key the parameter's key
         * @param from the first value
         * @param to the last value
         * @param step the step of the grid
         * @param grid the values of the grid
         * @param resolution the precision of breakpoints, or null
         */
        public Axis {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(step, "step");
            grid = List.copyOf(grid);
        }

        /** {@return the parameter's name} */
        public String name() {
            return key.name();
        }
    }

    /**
     * Collects the parameters of a {@link Sweep} and how it runs. Thread-safety: mutable, not
     * thread-safe.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {

        private final EsibeRegistry registry;
        private final Ruleset base;
        private final List<BigDecimal[]> ranges = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private Consumer<EvaluatorBuilder> settings = b -> { };
        private boolean exact = true;
        private int maxFlips = DEFAULT_MAX_FLIPS;
        private int maxBreakpoints = DEFAULT_MAX_BREAKPOINTS;

        private Builder(EsibeRegistry registry, Ruleset base) {
            this.registry = registry;
            this.base = base;
        }

        /**
         * Varies parameter {@code name} from {@code from} to {@code to} by {@code step}; a second
         * call adds a second parameter, which makes the result a table.
         *
         * @param name a parameter of the base that is an amount, a share, a staff figure or a number
         * @param from the first value
         * @param to the last value, at least {@code from}
         * @param step a positive step
         * @return this builder
         */
        public Builder axis(String name, BigDecimal from, BigDecimal to, BigDecimal step) {
            names.add(Objects.requireNonNull(name, "name"));
            ranges.add(new BigDecimal[] {Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"),
                Objects.requireNonNull(step, "step")});
            return this;
        }

        /**
         * Sets up every evaluator the same way: the reference date and year, the languages.
         *
         * @param settings applied to each evaluator builder before its ruleset is pinned
         * @return this builder
         */
        public Builder evaluators(Consumer<EvaluatorBuilder> settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Whether to locate each change of outcome to the parameter's precision (the default), or
         * only between two values of the grid.
         *
         * @param locate {@code false} for the grid only
         * @return this builder
         */
        public Builder exactBreakpoints(boolean locate) {
            this.exact = locate;
            return this;
        }

        /**
         * How many changes of outcome the result lists (default {@value Sweep#DEFAULT_MAX_FLIPS});
         * the rest are counted.
         *
         * @param max at least 0
         * @return this builder
         */
        public Builder maxFlips(int max) {
            if (max < 0) {
                throw new ConfigurationException("maxFlips must not be negative, got " + max);
            }
            this.maxFlips = max;
            return this;
        }

        /**
         * How many distinct breakpoints a run locates exactly (default 10 000); further changes are
         * located between two values of the grid, which bounds the run's memory.
         *
         * @param max at least 0
         * @return this builder
         */
        public Builder maxBreakpoints(int max) {
            if (max < 0) {
                throw new ConfigurationException("maxBreakpoints must not be negative, got " + max);
            }
            this.maxBreakpoints = max;
            return this;
        }

        /**
         * {@return the sweep, with an evaluator built for every value of the grid}
         *
         * @throws ConfigurationException if there is no parameter or more than two, one is unknown to
         *     the base or is a switch or a choice, a range is empty or backwards, a step is not positive
         *     or finer than the parameter's precision, a value is out of the parameter's range (in the
         *     key's words), or the grid has more than {@value Sweep#MAX_POINTS} values ({@value Sweep#MAX_CELLS}
         *     cells for two parameters)
         */
        public Sweep build() {
            if (names.isEmpty() || names.size() > 2) {
                throw new ConfigurationException("a sweep varies one parameter, or two for a table; got " + names.size());
            }
            if (names.size() == 2 && names.get(0).equals(names.get(1))) {
                throw new ConfigurationException("a sweep of two parameters needs two different ones; got "
                        + names.get(0) + " twice");
            }
            List<Axis> axes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                axes.add(axis(names.get(i), ranges.get(i)));
            }
            if (axes.size() == 2 && (long) axes.get(0).grid().size() * axes.get(1).grid().size() > MAX_CELLS) {
                throw new ConfigurationException("a sweep of two parameters may have at most " + MAX_CELLS + " cells; "
                        + axes.get(0).grid().size() + " × " + axes.get(1).grid().size() + " is more: take larger steps");
            }
            return new Sweep(this, axes);
        }

        private Axis axis(String name, BigDecimal[] range) {
            ParameterKey<?> key = base.parameters().key(name).orElseThrow(() -> new ConfigurationException(
                    "ruleset " + base.id() + " has no parameter " + name + "; known: " + base.parameters().keys()
                            .stream().map(ParameterKey::name).toList()));
            BigDecimal resolution = switch (key.kind()) {
                case AMOUNT, HEADCOUNT -> new BigDecimal("0.01");
                case SHARE -> new BigDecimal("0.0001");
                case NUMBER -> null;
                case FLAG, CHOICE -> throw new ConfigurationException("parameter " + name + " is " + key.description()
                        + "; a sweep varies a number: an amount, a share, a staff figure or a number");
            };
            BigDecimal from = range[0];
            BigDecimal to = range[1];
            BigDecimal step = range[2];
            if (step.signum() <= 0) {
                throw new ConfigurationException("the step of " + name + " must be positive, got " + step.toPlainString());
            }
            if (from.compareTo(to) > 0) {
                throw new ConfigurationException("the range of " + name + " runs backwards: from " + from.toPlainString()
                        + " to " + to.toPlainString());
            }
            if (resolution != null) {
                for (BigDecimal v : List.of(from, to, step)) {
                    if (v.stripTrailingZeros().scale() > resolution.scale()) {
                        throw new ConfigurationException("parameter " + name + " is " + key.description() + "; "
                                + v.toPlainString() + " is finer than its precision, " + resolution.toPlainString());
                    }
                }
            }
            BigDecimal count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR);
            boolean aligned = from.add(step.multiply(count)).compareTo(to) == 0;
            if (count.add(BigDecimal.valueOf(aligned ? 1 : 2)).compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
                throw new ConfigurationException("the grid of " + name + " from " + from.toPlainString() + " to "
                        + to.toPlainString() + " by " + step.toPlainString() + " has more than " + MAX_POINTS
                        + " values: take a larger step");
            }
            List<BigDecimal> grid = new ArrayList<>();
            for (int i = 0; i <= count.intValue(); i++) {
                grid.add(from.add(step.multiply(BigDecimal.valueOf(i))));
            }
            if (grid.get(grid.size() - 1).compareTo(to) < 0) {
                grid.add(to);
            }
            if (resolution != null) {
                // Every value in the parameter's precision, as its breakpoints are: 2500000.00, not 2500000.
                grid.replaceAll(v -> v.setScale(resolution.scale(), RoundingMode.UNNECESSARY));
            }
            for (BigDecimal v : List.of(from, to)) {
                try {
                    // The key's own check, in its words: an amount below 0, a share above 1.
                    base.derive(base.id()).parameter(name, v.toPlainString());
                } catch (ConfigurationException e) {
                    throw new ConfigurationException("the range of " + name + ": " + e.getMessage(), e);
                }
            }
            return new Axis(key, from, to, step, grid, resolution);
        }
    }

    /**
     * One call being swept: add each application or record, then read the {@link #result()}. Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public final class Run {

        private long total;
        /** Counts per grid value (or cell), track (the last index: unknown) and outcome. */
        private final long[][][] counts;
        /** The exact breakpoints, by the first value with the new outcome. */
        private final TreeMap<BigDecimal, Step> steps = new TreeMap<>();
        private final List<SweepResult.Flip> flips = new ArrayList<>();
        private long flipsLeftOut;

        private Run() {
            counts = new long[grid.size()][TRACKS][OUTCOMES];
        }

        /**
         * Decides one application built in Java at every point: {@code add(ApplicationRecord.of(application))}.
         *
         * @param application the application; it may be invalid
         */
        public void add(Application application) {
            add(ApplicationRecord.of(application));
        }

        /**
         * Decides one record as a reader delivered it at every point, with
         * {@link ApplicationEvaluator#evaluate(ApplicationRecord)}: the reader's violations make it
         * {@code INVALID} at every point, as does a record that is no application at all.
         *
         * @param record the record, an application as far as it could be read or none
         */
        public void add(ApplicationRecord record) {
            count(profile(Objects.requireNonNull(record, "record")));
        }

        /** What one application does across the sweep: its outcome at each point and its flips. */
        private record Profile(int track, Outcome[] outcomes, List<SweepResult.Flip> flips) {
        }

        private Profile profile(ApplicationRecord record) {
            Application application = record.application();
            String id = record.applicationId();
            Track track = application == null ? null : application.track();
            Outcome[] outcomes = new Outcome[grid.size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = grid.get(i).evaluate(record).outcome();
            }
            List<SweepResult.Flip> found = new ArrayList<>();
            if (axes.size() == 1 && application != null) {
                Axis axis = axes.get(0);
                List<BigDecimal> values = axis.grid();
                for (int i = 0; i + 1 < outcomes.length; i++) {
                    if (outcomes[i] == outcomes[i + 1]) {
                        continue;
                    }
                    BigDecimal resolution = axis.resolution();
                    if (exact && resolution != null && steps.size() < maxBreakpoints) {
                        locate(record, id, track, resolution, values.get(i), outcomes[i],
                                values.get(i + 1), outcomes[i + 1], found);
                    } else {
                        found.add(new SweepResult.Flip(id, track, values.get(i), values.get(i + 1), outcomes[i],
                                outcomes[i + 1], false));
                    }
                }
            }
            return new Profile(track == null ? TRACKS - 1 : track.ordinal(), outcomes, found);
        }

        /** Bisects between {@code lo} and {@code hi}, whose outcomes differ, down to {@code resolution}. */
        private void locate(ApplicationRecord record, @Nullable String id, @Nullable Track track,
                BigDecimal resolution, BigDecimal lo, Outcome atLo, BigDecimal hi, Outcome atHi,
                List<SweepResult.Flip> out) {
            if (atLo == atHi) {
                return;
            }
            BigDecimal units = hi.subtract(lo).divide(resolution, 0, RoundingMode.FLOOR);
            if (units.compareTo(BigDecimal.ONE) <= 0) {
                out.add(new SweepResult.Flip(id, track, lo, hi, atLo, atHi, true));
                return;
            }
            BigDecimal mid = lo.add(resolution.multiply(units.divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR)));
            Outcome atMid = evaluatorAt(mid).evaluate(record).outcome();
            locate(record, id, track, resolution, lo, atLo, mid, atMid, out);
            locate(record, id, track, resolution, mid, atMid, hi, atHi, out);
        }

        private void count(Profile p) {
            total++;
            for (int i = 0; i < p.outcomes().length; i++) {
                counts[i][p.track()][p.outcomes()[i].ordinal()]++;
            }
            for (SweepResult.Flip f : p.flips()) {
                if (flips.size() < maxFlips) {
                    flips.add(f);
                } else {
                    flipsLeftOut++;
                }
                if (f.exact()) {
                    Step s = steps.computeIfAbsent(f.above(), k -> new Step(f.below(), new long[TRACKS][OUTCOMES]));
                    s.delta()[p.track()][f.before().ordinal()]--;
                    s.delta()[p.track()][f.after().ordinal()]++;
                }
            }
        }

        /** {@return what the run found so far} */
        public SweepResult result() {
            List<SweepResult.Point> points = new ArrayList<>();
            if (axes.size() == 2) {
                List<BigDecimal> rows = axes.get(0).grid();
                List<BigDecimal> columns = axes.get(1).grid();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < columns.size(); c++) {
                        points.add(point(List.of(rows.get(r), columns.get(c)), true, counts[r * columns.size() + c]));
                    }
                }
                return new SweepResult(base.id(), axes, total, points, List.of(), 0);
            }
            List<BigDecimal> values = axes.get(0).grid();
            TreeSet<BigDecimal> off = new TreeSet<>();
            steps.forEach((above, s) -> {
                off.add(above);
                off.add(s.below());
            });
            int i = 0;
            for (BigDecimal v : merged(values, off)) {
                while (i + 1 < values.size() && values.get(i + 1).compareTo(v) <= 0) {
                    i++;
                }
                BigDecimal g = values.get(i);
                boolean onGrid = g.compareTo(v) == 0;
                long[][] at = copy(counts[i]);
                if (!onGrid) {
                    // The grid value below, plus every step taken after it up to v.
                    for (Step s : steps.subMap(g, false, v, true).values()) {
                        addInto(at, s.delta());
                    }
                }
                points.add(point(List.of(v), onGrid, at));
            }
            return new SweepResult(base.id(), axes, total, points, flips, flipsLeftOut);
        }

        /** The grid's values and the breakpoints', in order, each once. */
        private List<BigDecimal> merged(List<BigDecimal> values, TreeSet<BigDecimal> off) {
            TreeSet<BigDecimal> all = new TreeSet<>(off);
            all.addAll(values);
            List<BigDecimal> out = new ArrayList<>();
            for (BigDecimal v : all) {
                // The grid's own writing wins over a breakpoint of equal value (2000000 over 2000000.00).
                BigDecimal same = values.stream().filter(g -> g.compareTo(v) == 0).findFirst().orElse(v);
                if (out.isEmpty() || out.get(out.size() - 1).compareTo(same) != 0) {
                    out.add(same);
                }
            }
            return out;
        }
    }

    /** A breakpoint: the last value with the old outcome and the change of the counts there. */
    private record Step(BigDecimal below, long[][] delta) {
    }

    private static long[][] copy(long[][] counts) {
        long[][] c = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }

    private static void addInto(long[][] into, long[][] delta) {
        for (int t = 0; t < into.length; t++) {
            for (int o = 0; o < into[t].length; o++) {
                into[t][o] += delta[t][o];
            }
        }
    }

    private static SweepResult.Point point(List<BigDecimal> values, boolean onGrid, long[][] counts) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            long n = 0;
            for (long[] track : counts) {
                n += track[o.ordinal()];
            }
            outcomes.put(o, n);
        }
        Map<Track, Long> eligible = new EnumMap<>(Track.class);
        for (Track t : Track.values()) {
            eligible.put(t, counts[t.ordinal()][Outcome.ELIGIBLE.ordinal()]);
        }
        return new SweepResult.Point(values, onGrid, outcomes, eligible);
    }
}
