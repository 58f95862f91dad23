package it.esibe.io;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random model objects for the property tests, built from one seed so that QuickTheories' fixed
 * seed makes every run the same. {@code complete} objects have every required value; otherwise
 * any value may be missing, as an invalid application read from JSON would be.
 */
public final class RandomModel {

    private static final String[] PIECES = {"a", "Z", "0", " ", "-", ".", "é", "ß", "€", "\"", "\\", "/", "\n", "\t",
        "\u0000", "\u001f", "\u2028", "\uD83D\uDE00", "\uD800", "\uDFFF", "𝔘", "{", "}", "[", "]", ":", ","};

    private final Random random;
    private final boolean complete;

    public RandomModel(long seed, boolean complete) {
        this.random = new Random(seed);
        this.complete = complete;
    }

    public Application application() {
        return new Application(required(() -> random.nextInt()), required(this::text), required(this::date),
                required(this::company), required(() -> pick(Track.values())),
                optional(() -> pick(DevelopmentStage.values())), list(this::fiscalYear), list(this::patent),
                list(this::program), random.nextInt(4) == 0 ? null : new Ownership(list(this::holder),
                        list(this::participation)));
    }

    private Company company() {
        return new Company(required(this::text), optional(this::text), required(this::location), required(this::location));
    }

    private Location location() {
        return new Location(required(this::text), optional(this::text), optional(this::text));
    }

    private FiscalYear fiscalYear() {
        return new FiscalYear(required(() -> random.nextInt()), optional(this::decimal), optional(this::decimal),
                optional(this::decimal), optional(this::decimal), optional(this::decimal), optional(this::decimal));
    }

    private Patent patent() {
        return new Patent(required(this::text), required(() -> pick(PatentHolding.values())),
                required(() -> pick(PatentStatus.values())), optional(this::date), optional(this::date));
    }

    private Program program() {
        List<String> priorities = complete ? completeList(this::text) : required(() -> list(this::text));
        return new Program(optional(this::text), required(this::text), priorities);
    }

    private Holder holder() {
        return new Holder(optional(this::text), required(() -> pick(HolderType.values())), required(this::decimal),
                optional(this::decimal), optional(this::decimal), optional(this::decimal), optional(this::decimal),
                optional(this::text));
    }

    private Participation participation() {
        return new Participation(optional(this::text), required(this::decimal),
                optional(this::decimal), optional(this::decimal), optional(this::decimal), optional(this::decimal));
    }

    Decision decision() {
        Outcome outcome = pick(Outcome.values());
        List<CriterionResult> criteria = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        if (outcome == Outcome.INVALID) {
            for (int i = random.nextInt(4); i >= 0; i--) {
                violations.add(new Violation(random.nextBoolean() ? "" : text(), text()));
            }
        } else {
            for (int i = random.nextInt(7); i >= 0; i--) {
                Verdict verdict = pick(Verdict.values());
                Remedy remedy = null;
                if (verdict == Verdict.FAIL && random.nextBoolean()) {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    for (int j = random.nextInt(3); j >= 0; j--) {
                        values.put(name(), new BigDecimal(new BigInteger(60, random), 2));
                    }
                    remedy = new Remedy(values);
                }
                criteria.add(CriterionResult.builder().id(text()).result(verdict).message(message()).citation(text())
                        .remedy(remedy).build());
            }
        }
        RecordPosition position = random.nextInt(4) == 0 ? null
                : new RecordPosition(pick(RecordPosition.Kind.values()), random.nextLong() & Long.MAX_VALUE);
        return Decision.builder().applicationId(random.nextBoolean() ? null : text()).outcome(outcome).ruleset(text())
                .rulesetStamp(random.nextBoolean() ? null : text(), random.nextBoolean() ? null : text())
                .referenceDate(random.nextBoolean() ? null : date())
                .referenceYear(random.nextBoolean() ? null : random.nextInt()).criteria(criteria)
                .violations(violations).inputSha256(random.nextBoolean() ? null : text()).position(position).build();
    }

    /** Italian and English, and now and then further languages (any two-letter code but it and en). */
    private LocalizedText message() {
        LocalizedText message = new LocalizedText(text(), text());
        for (int i = random.nextInt(6) - 3; i > 0; i--) {
            String language = "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
            if (!language.equals("it") && !language.equals("en")) {
                message = message.with(Locale.forLanguageTag(language), "x" + text());
            }
        }
        return message;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /**
     * A text without lone surrogates: Jackson rejects a lone surrogate escape in a property name
     * (not in a string value), and remedy names are property names.
     */
    String name() {
        return text().replace("\uD83D\uDE00", "\u0001").replaceAll("[\uD800-\uDFFF]", "?").replace("\u0001",
                "\uD83D\uDE00");
    }

    private LocalDate date() {
        return LocalDate.ofEpochDay(random.nextInt(3_000_000) - 700_000);
    }

    /**
     * Up to 25 digits, scale -3..6: within the default limits, every scale kept, except that a zero
     * with a negative scale is plain 0, as the readers hold it (a zero is a zero whatever its exponent).
     */
    private BigDecimal decimal() {
        BigInteger unscaled = new BigInteger(random.nextInt(84), random);
        int scale = random.nextInt(10) - 3;
        if (unscaled.signum() == 0 && scale < 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T required(Supplier<T> value) {
        return complete || random.nextInt(8) != 0 ? value.get() : null;
    }

    private <T> T optional(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private <T> List<T> list(Supplier<T> element) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.add(complete || random.nextInt(6) != 0 ? element.get() : null);
        }
        return out;
    }

    private <T> List<T> completeList(Supplier<T> element) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            out.add(element.get());
        }
        return out;
    }
}
