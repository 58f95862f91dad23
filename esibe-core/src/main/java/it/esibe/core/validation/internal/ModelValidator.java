package it.esibe.core.validation.internal;

import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.Program;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link Application} against the model's Jakarta Validation constraints without a
 * Bean Validation provider, with the same result as {@code ApplicationValidator} over Hibernate
 * Validator with esibe-rules' catalog interpolator: the same paths, the same messages rendered from
 * the same {@link MessageCatalog} keys and arguments, in the same order.
 *
 * <p>Why: bootstrapping Hibernate Validator and its reflective walk cost more than everything else
 * a decision needs. The walk here is the model's constraints written out once, component by
 * component, in the records' order; ESIBE's own rules run through their {@code ConstraintValidator}
 * classes (with {@link RecordingContext} in place of the provider's context), so their logic is
 * never restated. Bean Validation's built-ins ({@code @NotNull}, {@code @Min}, {@code @Max},
 * {@code @Size}, {@code @Pattern}) are one-liners restated here. A differential property test in
 * esibe-rules holds the two validators to the same output; a new constraint on the model must be
 * added here too, or that test fails.
 *
 * <p>Message arguments are the constraint's attributes as the catalog interpolator passes them
 * (integers as counts, the rest as text) and {@code @Pattern}'s {@code regexp} escaped as Hibernate
 * Validator's message parameter escapes it, except {@code @Pattern}'s {@code flags}, whose text
 * under Hibernate Validator is an array's identity and never part of a message.
 *
 * <p>Thread-safety: immutable apart from a concurrent cache of rendered texts; share one.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ModelValidator {

    private static final String NOT_NULL = "{jakarta.validation.constraints.NotNull.message}";
    private static final String MIN = "{jakarta.validation.constraints.Min.message}";
    private static final String MAX = "{jakarta.validation.constraints.Max.message}";
    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final MessageCatalog catalog;
    private final Locale language;

    private final Rule<Object> notNull;
    private final Rule<Integer> schemaMin;
    private final Rule<Integer> schemaMax;
    private final Rule<String> applicationId;
    private final Rule<String> group;
    private final Rule<Application> uniqueYears;
    private final Rule<String> companyName;
    private final Rule<String> vatNumber;
    private final Rule<String> country;
    private final Rule<String> place;
    private final Rule<FiscalYear> rdItalyWithinTotal;
    private final Rule<Integer> yearMin;
    private final Rule<Integer> yearMax;
    private final Rule<BigDecimal> amount;
    private final Rule<BigDecimal> headcount;
    private final Rule<BigDecimal> share;
    private final Rule<Patent> woNotGranted;
    private final Rule<Patent> licenceExpiry;
    private final Rule<String> patentNumber;
    private final Rule<String> text;
    private final Rule<List<String>> prioritiesSize;
    private final Rule<Collection<?>> noDuplicates;
    private final Rule<Ownership> sharesAtMost100;

    /**
     * A validator whose messages {@code catalog} renders in {@code language}.
     *
     * @param catalog the messages, ESIBE's and its providers'
     * @param language the language of the violation messages
     */
    public ModelValidator(MessageCatalog catalog, Locale language) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.language = Objects.requireNonNull(language, "language");
        notNull = rule(NOT_NULL, Map.of(), (v, c) -> v != null);
        schemaMin = rule("{it.esibe.validation.SchemaVersion.message}", Map.of("value", MessageArg.count(1)),
                (v, c) -> v == null || v >= 1);
        schemaMax = rule("{it.esibe.validation.SchemaVersion.message}", Map.of("value", MessageArg.count(1)),
                (v, c) -> v == null || v <= 1);
        applicationId = pattern("{it.esibe.validation.ApplicationId.message}", ID);
        group = pattern("{it.esibe.validation.Group.message}", ID);
        uniqueYears = rule("{it.esibe.validation.UniqueFiscalYears.message}", Map.of(),
                new UniqueFiscalYearsValidator()::isValid);
        companyName = text(new TextValidator(200, true), 200, true);
        vatNumber = rule("{it.esibe.validation.PartitaIva.message}", Map.of(), new PartitaIvaValidator()::isValid);
        country = rule("{it.esibe.validation.CountryCode.message}", Map.of(), new CountryCodeValidator()::isValid);
        place = text(new TextValidator(100, false), 100, false);
        rdItalyWithinTotal = rule("{it.esibe.validation.RdItalyWithinTotal.message}", Map.of(),
                new RdItalyWithinTotalValidator()::isValid);
        yearMin = rule(MIN, Map.of("value", MessageArg.count(1900)), (v, c) -> v == null || v >= 1900);
        yearMax = rule(MAX, Map.of("value", MessageArg.count(2100)), (v, c) -> v == null || v <= 2100);
        amount = rule("{it.esibe.validation.EuroAmount.message}", Map.of(), new EuroAmountValidator()::isValid);
        headcount = rule("{it.esibe.validation.Headcount.message}", Map.of(), new HeadcountValidator()::isValid);
        share = rule("{it.esibe.validation.Share.message}", Map.of(), new ShareValidator()::isValid);
        woNotGranted = rule("{it.esibe.validation.WoPatentNotGranted.message}", Map.of(),
                new WoPatentNotGrantedValidator()::isValid);
        licenceExpiry = rule("{it.esibe.validation.LicenceExpiryOnlyIfLicensed.message}", Map.of(),
                new LicenceExpiryOnlyIfLicensedValidator()::isValid);
        patentNumber = rule("{it.esibe.validation.PatentNumber.message}", Map.of(),
                new PatentNumberValidator()::isValid);
        text = text(new TextValidator(Integer.MAX_VALUE, false), Integer.MAX_VALUE, false);
        prioritiesSize = rule("{it.esibe.validation.Priorities.message}",
                Map.of("min", MessageArg.count(1), "max", MessageArg.count(Integer.MAX_VALUE)),
                (v, c) -> v == null || !v.isEmpty());
        noDuplicates = rule("{it.esibe.validation.NoDuplicates.message}", Map.of(),
                new NoDuplicatesValidator()::isValid);
        sharesAtMost100 = rule("{it.esibe.validation.CapitalSharesAtMost100.message}", Map.of(),
                new CapitalSharesAtMost100Validator()::isValid);
    }

    /**
     * Every constraint violation of {@code application}, sorted by path then message.
     *
     * @param application the application as read; it may break any rule
     * @return the violations, empty when the application is valid; unmodifiable
     */
    public List<Violation> validate(Application application) {
        Objects.requireNonNull(application, "application");
        Run run = new Run();
        uniqueYears.check(run, "", application);
        notNull.check(run, "schemaVersion", application.schemaVersion());
        schemaMin.check(run, "schemaVersion", application.schemaVersion());
        schemaMax.check(run, "schemaVersion", application.schemaVersion());
        notNull.check(run, "applicationId", application.applicationId());
        applicationId.check(run, "applicationId", application.applicationId());
        notNull.check(run, "submittedOn", application.submittedOn());
        notNull.check(run, "company", application.company());
        if (application.company() != null) {
            company(run, "company", application.company());
        }
        notNull.check(run, "track", application.track());
        each(run, "fiscalYears", application.fiscalYears(), this::fiscalYear);
        each(run, "patents", application.patents(), this::patent);
        each(run, "programs", application.programs(), this::program);
        if (application.ownership() != null) {
            ownership(run, "ownership", application.ownership());
        }
        if (run.out.isEmpty()) {
            return List.of();
        }
        run.out.sort(null);
        return List.copyOf(run.out);
    }

    /** A list of {@code @NotNull @Valid} elements: each null one reported, each other one checked. */
    private <T> void each(Run run, String at, List<T> elements, Cascade<T> cascade) {
        for (int i = 0; i < elements.size(); i++) {
            String path = at + "[" + i + "]";
            T element = elements.get(i);
            notNull.check(run, path, element);
            if (element != null) {
                cascade.check(run, path, element);
            }
        }
    }

    /** The check of one element of a list at its path. */
    @FunctionalInterface
    private interface Cascade<T> {
        void check(Run run, String path, T element);
    }

    private void company(Run run, String at, Company company) {
        notNull.check(run, at + ".name", company.name());
        companyName.check(run, at + ".name", company.name());
        vatNumber.check(run, at + ".vatNumber", company.vatNumber());
        notNull.check(run, at + ".legalSeat", company.legalSeat());
        if (company.legalSeat() != null) {
            location(run, at + ".legalSeat", company.legalSeat());
        }
        notNull.check(run, at + ".headquarters", company.headquarters());
        if (company.headquarters() != null) {
            location(run, at + ".headquarters", company.headquarters());
        }
    }

    private void location(Run run, String at, Location location) {
        notNull.check(run, at + ".country", location.country());
        country.check(run, at + ".country", location.country());
        place.check(run, at + ".region", location.region());
        place.check(run, at + ".city", location.city());
    }

    private void fiscalYear(Run run, String at, FiscalYear year) {
        rdItalyWithinTotal.check(run, at, year);
        notNull.check(run, at + ".year", year.year());
        yearMin.check(run, at + ".year", year.year());
        yearMax.check(run, at + ".year", year.year());
        amount.check(run, at + ".rdExpenditure", year.rdExpenditure());
        amount.check(run, at + ".rdExpenditureItaly", year.rdExpenditureItaly());
        amount.check(run, at + ".euInternationalGrants", year.euInternationalGrants());
        headcount.check(run, at + ".staffHeadcount", year.staffHeadcount());
        amount.check(run, at + ".turnover", year.turnover());
        amount.check(run, at + ".balanceSheetTotal", year.balanceSheetTotal());
    }

    private void patent(Run run, String at, Patent patent) {
        woNotGranted.check(run, at, patent);
        licenceExpiry.check(run, at, patent);
        notNull.check(run, at + ".number", patent.number());
        patentNumber.check(run, at + ".number", patent.number());
        notNull.check(run, at + ".holding", patent.holding());
        notNull.check(run, at + ".status", patent.status());
    }

    private void program(Run run, String at, Program program) {
        text.check(run, at + ".title", program.title());
        notNull.check(run, at + ".technology", program.technology());
        text.check(run, at + ".technology", program.technology());
        String prioritiesAt = at + ".priorities";
        List<String> priorities = program.priorities();
        notNull.check(run, prioritiesAt, priorities);
        prioritiesSize.check(run, prioritiesAt, priorities);
        noDuplicates.check(run, prioritiesAt, priorities);
        for (int j = 0; priorities != null && j < priorities.size(); j++) {
            String path = prioritiesAt + "[" + j + "]";
            notNull.check(run, path, priorities.get(j));
            text.check(run, path, priorities.get(j));
        }
    }

    private void ownership(Run run, String at, Ownership ownership) {
        sharesAtMost100.check(run, at, ownership);
        each(run, at + ".holders", ownership.holders(), this::holder);
        each(run, at + ".participations", ownership.participations(), this::participation);
    }

    private void holder(Run run, String at, Holder holder) {
        text.check(run, at + ".name", holder.name());
        notNull.check(run, at + ".type", holder.type());
        stake(run, at, holder.capitalShare(), holder.votingShare(), holder.staffHeadcount(), holder.turnover(),
                holder.balanceSheetTotal());
        group.check(run, at + ".group", holder.group());
    }

    private void participation(Run run, String at, Participation participation) {
        text.check(run, at + ".name", participation.name());
        stake(run, at, participation.capitalShare(), participation.votingShare(), participation.staffHeadcount(),
                participation.turnover(), participation.balanceSheetTotal());
    }

    /** The figures a holder and a participation share, with the same constraints. */
    private void stake(Run run, String at, @Nullable BigDecimal capitalShare, @Nullable BigDecimal votingShare,
            @Nullable BigDecimal staffHeadcount, @Nullable BigDecimal turnover, @Nullable BigDecimal balanceSheetTotal) {
        notNull.check(run, at + ".capitalShare", capitalShare);
        share.check(run, at + ".capitalShare", capitalShare);
        share.check(run, at + ".votingShare", votingShare);
        headcount.check(run, at + ".staffHeadcount", staffHeadcount);
        amount.check(run, at + ".turnover", turnover);
        amount.check(run, at + ".balanceSheetTotal", balanceSheetTotal);
    }

    private <T> Rule<T> rule(String template, Map<String, MessageArg> args,
            BiPredicate<? super @Nullable T, ConstraintValidatorContext> check) {
        return new Rule<>(template, args, check);
    }

    private Rule<String> text(TextValidator validator, int max, boolean notBlank) {
        // The attributes as the interpolator passes them: an int as a count, a boolean as text.
        return rule("{it.esibe.validation.Text.message}",
                Map.of("max", MessageArg.count(max), "notBlank", MessageArg.text(String.valueOf(notBlank))),
                validator::isValid);
    }

    private Rule<String> pattern(String template, String regexp) {
        Pattern compiled = Pattern.compile(regexp);
        // Hibernate Validator's PatternValidator replaces the attribute by a message parameter with
        // the characters of its own interpolation syntax escaped; the catalog interpolator takes that.
        String escaped = regexp.replaceAll("([\\\\{}$])", "\\\\$1");
        return rule(template, Map.of("regexp", MessageArg.text(escaped)),
                (v, c) -> v == null || compiled.matcher(v).matches());
    }

    /** The state of one validation: the violations found and the context the validators report to. */
    private static final class Run {
        final List<Violation> out = new ArrayList<>();
        final RecordingContext context = new RecordingContext();
    }

    /** One constraint with its attributes: its check, and its messages once rendered. */
    private final class Rule<T> {

        private final String template;
        private final Map<String, MessageArg> args;
        private final BiPredicate<? super @Nullable T, ConstraintValidatorContext> check;
        private final Map<String, String> texts = new ConcurrentHashMap<>();

        Rule(String template, Map<String, MessageArg> args,
                BiPredicate<? super @Nullable T, ConstraintValidatorContext> check) {
            this.template = template;
            this.args = args;
            this.check = check;
        }

        /** Checks {@code value} at {@code path} and adds what it breaks to {@code run}. */
        void check(Run run, String path, @Nullable T value) {
            RecordingContext context = run.context.reset(template);
            boolean valid = check.test(value, context);
            for (RecordingContext.Reported r : context.outcome(valid)) {
                String sub = r.subPath();
                String full = sub.isEmpty() ? path : path.isEmpty() ? sub : path + "." + sub;
                run.out.add(new Violation(full, texts.computeIfAbsent(r.template(), this::render)));
            }
        }

        /** What esibe-rules' catalog interpolator makes of {@code template} with this constraint's attributes. */
        private String render(String template) {
            int last = template.length() - 1;
            if (last < 2 || template.charAt(0) != '{' || template.charAt(last) != '}'
                    || !catalog.knows(template.substring(1, last))) {
                return template;
            }
            return catalog.render(language, Message.named(template.substring(1, last), args));
        }
    }
}
