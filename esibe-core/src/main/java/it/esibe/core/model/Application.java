package it.esibe.core.model;

import it.esibe.core.validation.UniqueFiscalYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One application to the special register, as ESIBE-FORMAT-v1 defines it (schema version 1).
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
}
