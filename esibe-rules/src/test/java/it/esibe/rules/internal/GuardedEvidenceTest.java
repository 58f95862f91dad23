package it.esibe.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.CompanyLookup;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.Evidence;
import it.esibe.core.spi.EvidenceAnswer;
import it.esibe.core.spi.EvidenceSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link GuardedEvidence} on company lookups (ESIBE-PATENT exercises patents through the
 * evaluator): sources asked in order until one knows, failures turned into answers, never thrown.
 */
class GuardedEvidenceTest {

    static final String VAT = "00743110157";
    static final CompanyEvidence ESEMPIO = new CompanyEvidence(VAT, "Esempio Bio S.r.l.", "Lombardia", true);

    /** A business register named {@code name} answering {@code answer}, or throwing it when it is an exception. */
    static EvidenceSource companies(String name, Object answer) {
        return new EvidenceSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public boolean servesCompanies() {
                return true;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Optional<CompanyEvidence> company(CompanyLookup lookup) throws Exception {
                if (answer instanceof Exception e) {
                    throw e;
                }
                return (Optional<CompanyEvidence>) answer;
            }
        };
    }

    static Evidence guarded(EvidenceSource... sources) {
        return GuardedEvidence.of(List.of(sources), Duration.ofSeconds(5));
    }

    @Test
    void noSourcesIsNoEvidence() {
        assertThat(GuardedEvidence.of(List.of(), Duration.ofSeconds(1))).isSameAs(Evidence.none());
    }

    @Test
    void theFirstSourceThatKnowsAnswers() {
        Evidence evidence = guarded(companies("first", Optional.empty()), companies("second", Optional.of(ESEMPIO)));
        assertThat(evidence.hasCompanySources()).isTrue();
        assertThat(evidence.hasPatentSources()).isFalse();
        assertThat(evidence.company(VAT)).isEqualTo(new EvidenceAnswer.Found<>(ESEMPIO, "second"));
    }

    @Test
    void notFoundNamesEverySourceAsked() {
        Evidence evidence = guarded(companies("first", Optional.empty()), companies("second", Optional.empty()));
        assertThat(evidence.company(VAT)).isEqualTo(new EvidenceAnswer.NotFound<>(List.of("first", "second")));
    }

    @Test
    void aFailureIsUnavailableUnlessAnotherSourceKnows() {
        EvidenceSource down = companies("down", new IOException("connection refused"));
        assertThat(guarded(down, companies("second", Optional.empty())).company(VAT))
                .isEqualTo(new EvidenceAnswer.Unavailable<>("down", "IOException: connection refused"));
        assertThat(guarded(down, companies("second", Optional.of(ESEMPIO))).company(VAT))
                .isEqualTo(new EvidenceAnswer.Found<>(ESEMPIO, "second"));
    }

    @Test
    void aNullAnswerIsUnavailable() {
        assertThat(guarded(companies("breach", null)).company(VAT))
                .isEqualTo(new EvidenceAnswer.Unavailable<>("breach", "the source answered null"));
    }

    @Test
    void aPatentOnlySourceIsNotAskedAboutCompanies() {
        EvidenceSource patents = new EvidenceSource() {
            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public boolean servesPatents() {
                return true;
            }

            @Override
            public Optional<CompanyEvidence> company(CompanyLookup lookup) {
                throw new AssertionError("asked about a company");
            }
        };
        Evidence evidence = guarded(patents);
        assertThat(evidence.hasCompanySources()).isFalse();
        assertThat(evidence.company(VAT)).isEqualTo(new EvidenceAnswer.NotFound<>(List.of()));
    }

    @Test
    void durationsAreWrittenAsPeopleWriteThem() {
        assertThat(GuardedEvidence.describe(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(GuardedEvidence.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(GuardedEvidence.describe(Duration.ofMillis(1500))).isEqualTo("1500 ms");
        assertThat(GuardedEvidence.describe(Duration.ofNanos(250_000))).isEqualTo("250 µs");
    }

    @Test
    void reasonsShowNoUrlQueryAndStayShort() {
        assertThat(GuardedEvidence.reason("IOException: GET https://register.example/api/v1?apikey=s3cret failed"))
                .isEqualTo("IOException: GET https://register.example/api/v1?… failed").doesNotContain("s3cret");
        assertThat(GuardedEvidence.reason("x".repeat(1000))).hasSize(301).endsWith("…");
    }
}
