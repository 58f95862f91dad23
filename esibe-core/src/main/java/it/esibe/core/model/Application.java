package it.esibe.core.model;

import it.esibe.core.validation.UniqueFiscalYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One application to the special register, as ESIBE-FORMAT-v1 defines it (schema version 1).
 *
 * <p>Build one in Java with {@link #builder()}, whose named steps keep same-typed values apart:
 *
 * <pre>{@code
 * Application application = Application.builder()
 *         .applicationId("CALL2025-0001")
 *         .submittedOn(LocalDate.of(2025, 3, 15))
 *         .company(Company.of("Esempio Bio S.r.l.", Location.of("IT").withRegion("Lombardia")))
 *         .track(Track.PRECISION_MEDICINE)
 *         .fiscalYear(FiscalYear.builder(2024).rdExpenditure(2_500_000).rdExpenditureItaly(2_100_000).build())
 *         .program(Program.of("TEC-GENE-CELL", "PAT-ONCO"))
 *         .build();
 * }</pre>
 *
 * <p>The canonical constructor stays for code that copies evidence as it is, readers included: it
 * accepts missing and invalid values, which the evaluator then reports.
 *
 * <p>An instance is a faithful copy of the evidence: it is not guaranteed valid. The evaluator
 * validates it first (Jakarta Validation constraints on every component mirror the format table)
 * and decides {@code INVALID} with a JSON path per violation rather than trusting it. Until it has
 * passed validation, components documented as required may still be {@code null}. Lists are never
 * {@code null}: an absent list is empty.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param schemaVersion always {@code 1}
 * @param applicationId 1–64 characters of {@code [A-Za-z0-9._-]}
 * @param submittedOn the day the application was submitted; the default reference date
 * @param company the applicant
 * @param track the declared admission track (§5.3 bullets 1–2)
 * @param developmentStage how far from the market the applicant is, if declared
 * @param fiscalYears the applicant's figures, at most one entry per year
 * @param patents the patents owned or licensed (§5.3 bullet 3)
 * @param programs the R&amp;D programmes with their technology and priorities (§5.1, §5.2)
 * @param ownership shareholders and participations, for the SME test (§6)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@UniqueFiscalYears
public record Application(
        @NotNull @Min(value = 1, message = "{it.esibe.validation.SchemaVersion.message}")
        @Max(value = 1, message = "{it.esibe.validation.SchemaVersion.message}") Integer schemaVersion,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "{it.esibe.validation.ApplicationId.message}")
        String applicationId,
        @NotNull LocalDate submittedOn,
        @NotNull @Valid Company company,
        @NotNull Track track,
        @Nullable DevelopmentStage developmentStage,
        List<@NotNull @Valid FiscalYear> fiscalYears,
        List<@NotNull @Valid Patent> patents,
        List<@NotNull @Valid Program> programs,
        @Valid Ownership ownership) {

    /**
     * Copies the lists and replaces absent lists and ownership with empty ones.
     *
     * @param schemaVersion the format's schema version
     * @param applicationId the application's id
     * @param submittedOn the submission day
     * @param company the applicant
     * @param track the declared track
     * @param developmentStage the development stage, if declared
     * @param fiscalYears the yearly figures; {@code null} means none
     * @param patents the patents; {@code null} means none
     * @param programs the R&amp;D programmes; {@code null} means none
     * @param ownership the ownership; {@code null} means none declared
     */
    public Application {
        fiscalYears = Lists.copy(fiscalYears);
        patents = Lists.copy(patents);
        programs = Lists.copy(programs);
        ownership = ownership == null ? Ownership.NONE : ownership;
    }

    /**
     * The figures of fiscal year {@code year}, if the application has that year.
     *
     * @param year the fiscal year
     * @return its figures, or empty when the application has no such year
     */
    public Optional<FiscalYear> fiscalYear(int year) {
        for (FiscalYear fy : fiscalYears) {
            if (fy != null && fy.year() != null && fy.year() == year) {
                return Optional.of(fy);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return a new, empty builder of applications} The documented way to build an application in
     * Java; see {@link Builder}.
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The SHA-256 of this application's canonical JSON, in lower-case hex: the {@code inputSha256}
     * that ESIBE's readers give the JSON that ESIBE's writer ({@code ApplicationJson.write} of
     * esibe-io) makes of this application.
     *
     * <p>The canonical JSON is that of ESIBE-FORMAT-v1.1, "Decision": keys sorted, no insignificant
     * white space, strings escaped as JSON (with every UTF-16 surrogate as a {@code \}{@code uXXXX} escape), and
     * every number in plain notation with no exponent and no trailing fractional zeros
     * ({@code 2500000.00} is {@code 2500000}). Absent values are left out and absent lists written
     * empty, as the writer does: so a JSON file that leaves out an empty list, or writes
     * {@code null} for an absent value, has the same application but another hash.
     *
     * <p>Decisions of applications built in Java carry this hash when the evaluator is asked to
     * compute it ({@code EvaluatorBuilder.inputHashes(true)} in esibe-rules); otherwise their
     * {@code inputSha256} is {@code null}. The hash is computed at each call.
     *
     * @return the hash, 64 lower-case hex digits
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public String inputSha256() {
        return CanonicalForm.sha256(this);
    }

    /**
     * {@return this application's canonical JSON, the text {@link #inputSha256()} hashes} Useful to
     * store with a decision, or to see why two hashes differ.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public String canonicalJson() {
        return CanonicalForm.json(this);
    }

    /**
     * Builds an {@link Application} step by step, each value by name, so that two values of one type
     * cannot be swapped silently.
     *
     * <p>Required: {@link #applicationId}, {@link #submittedOn}, {@link #company} and
     * {@link #track}; {@link #build()} names every one that is missing and how to set it. Everything
     * else is optional: no development stage, and no fiscal years, patents, programmes or ownership
     * unless added. The schema version is always {@code 1}.
     *
     * <p>Completeness is all {@code build()} checks: the values themselves (the format of the
     * application id, amounts, codes of the taxonomy …) are judged by the evaluator, which gives an
     * {@code INVALID} decision with a JSON path per violation. Data that may lack a required value,
     * such as a form's fields, is best copied with the record's canonical constructor (or read from
     * JSON with esibe-io): the evaluator then reports what is missing, instead of {@code build()}
     * throwing.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread. Each call to
     * {@code build()} returns a new, immutable application, and the builder may be used on.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private @Nullable String applicationId;
        private @Nullable LocalDate submittedOn;
        private @Nullable Company company;
        private @Nullable Track track;
        private @Nullable DevelopmentStage developmentStage;
        private final List<FiscalYear> fiscalYears = new ArrayList<>();
        private final List<Patent> patents = new ArrayList<>();
        private final List<Program> programs = new ArrayList<>();
        private Ownership ownership = Ownership.NONE;

        private Builder() {
        }

        /**
         * Sets the application's id (required).
         *
         * @param id 1–64 characters of {@code [A-Za-z0-9._-]}, such as {@code CALL2025-0001}
         * @return this builder
         */
        public Builder applicationId(String id) {
            this.applicationId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the day the application was submitted (required): the default reference date.
         *
         * @param date the submission day
         * @return this builder
         */
        public Builder submittedOn(LocalDate date) {
            this.submittedOn = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the applicant (required).
         *
         * @param company the applicant, such as {@code Company.of(name, legalSeat)}
         * @return this builder
         */
        public Builder company(Company company) {
            this.company = Objects.requireNonNull(company, "company");
            return this;
        }

        /**
         * Sets the declared admission track (required).
         *
         * @param track the track (§5.3 bullets 1–2)
         * @return this builder
         */
        public Builder track(Track track) {
            this.track = Objects.requireNonNull(track, "track");
            return this;
        }

        /**
         * Sets the development stage, or clears it with {@code null} (undeclared, the default).
         *
         * @param stage the stage, or {@code null}
         * @return this builder
         */
        public Builder developmentStage(@Nullable DevelopmentStage stage) {
            this.developmentStage = stage;
            return this;
        }

        /**
         * Adds the figures of one fiscal year, after those added before.
         *
         * @param year the figures, such as {@code FiscalYear.builder(2024).rdExpenditure(…).build()}
         * @return this builder
         */
        public Builder fiscalYear(FiscalYear year) {
            fiscalYears.add(Objects.requireNonNull(year, "year"));
            return this;
        }

        /**
         * Adds a patent, after those added before.
         *
         * @param patent the patent, such as {@code Patent.builder("EP3456789B1")…build()}
         * @return this builder
         */
        public Builder patent(Patent patent) {
            patents.add(Objects.requireNonNull(patent, "patent"));
            return this;
        }

        /**
         * Adds an R&amp;D programme, after those added before.
         *
         * @param program the programme, such as {@code Program.of("TEC-GENE-CELL", "PAT-ONCO")}
         * @return this builder
         */
        public Builder program(Program program) {
            programs.add(Objects.requireNonNull(program, "program"));
            return this;
        }

        /**
         * Sets the shareholders and participations (by default none).
         *
         * @param ownership the ownership, such as {@code Ownership.builder().holder(…).build()}
         * @return this builder
         */
        public Builder ownership(Ownership ownership) {
            this.ownership = Objects.requireNonNull(ownership, "ownership");
            return this;
        }

        /**
         * {@return a new application with the values set so far, schema version 1}
         *
         * @throws IllegalStateException naming every required value not set, and the step that sets it
         */
        public Application build() {
            Required.of("Application")
                    .check(applicationId, "applicationId", ".applicationId(\"CALL2025-0001\")")
                    .check(submittedOn, "submittedOn", ".submittedOn(LocalDate.of(2025, 3, 15))")
                    .check(company, "company", ".company(Company.of(name, legalSeat))")
                    .check(track, "track", ".track(Track.PRECISION_MEDICINE)")
                    .done();
            return new Application(1, applicationId, submittedOn, company, track, developmentStage, fiscalYears,
                    patents, programs, ownership);
        }
    }
}
