package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Registers.confirmingAll;
import static it.esibe.rules.Registers.evaluatorWith;
import static it.esibe.rules.Registers.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.CompanyLookup;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.PatentEvidence;
import it.esibe.core.spi.PatentLookup;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link EvidenceCache}: what it keeps, for how long, what it forgets, and what it counts. */
class EvidenceCacheTest {

    static final PatentLookup EP = new PatentLookup("EP3456789B1", LocalDate.of(2025, 3, 15));

    @Test
    void theSameApplicationEvaluatedThreeTimesAsksTheRegisterOnce() {
        Registers.Register epo = confirmingAll("epo-test");
        EvidenceCache cache = EvidenceCache.builder(epo).maximumSize(10_000).expireAfterWrite(Duration.ofHours(12))
                .build();
        ApplicationEvaluator evaluator = evaluatorWith(cache);
        Application app = example().build();

        Decision first = evaluator.evaluate(app);
        assertThat(evaluator.evaluate(app)).isEqualTo(first);
        assertThat(evaluator.evaluate(app)).isEqualTo(first);

        assertThat(first.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(epo.calls).hasValue(1);
        assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(2, 1, 0, 0));
        assertThat(cache.stats().requestCount()).isEqualTo(3);
        assertThat(cache.stats().hitRate()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void decisionsReadTheSameWithOrWithoutTheCache() {
        // The cache bears the register's name, so "confirmed by" does not depend on caching.
        Application app = example().build();
        Decision direct = evaluatorWith(confirmingAll("epo-test")).evaluate(app);
        Decision cached = evaluatorWith(EvidenceCache.builder(confirmingAll("epo-test")).build()).evaluate(app);
        assertThat(cached).isEqualTo(direct);
    }

    @Test
    void aFailingLookupIsRethrownAndNotCached() throws Exception {
        IOException down = new IOException("connection refused");
        AtomicInteger attempt = new AtomicInteger();
        Registers.Register flaky = register("epo-test", l -> {
            if (attempt.incrementAndGet() == 1) {
                throw down;
            }
            return Optional.of(new PatentEvidence(l.number(), true, ""));
        });
        EvidenceCache cache = EvidenceCache.builder(flaky).build();

        assertThatThrownBy(() -> cache.patent(EP)).isSameAs(down);
        assertThat(cache.patent(EP)).contains(new PatentEvidence(EP.number(), true, ""));
        assertThat(cache.patent(EP)).contains(new PatentEvidence(EP.number(), true, ""));

        assertThat(flaky.calls).hasValue(2);
        assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(1, 2, 1, 0));
    }

    @Test
    void aFailingLookupMakesOneEvaluationUnknownAndTheNextAsksAgain() {
        AtomicInteger attempt = new AtomicInteger();
        Registers.Register flaky = register("epo-test", l -> {
            if (attempt.incrementAndGet() == 1) {
                throw new IOException("connection reset");
            }
            return Optional.of(new PatentEvidence(l.number(), true, ""));
        });
        EvidenceCache cache = EvidenceCache.builder(flaky).build();
        ApplicationEvaluator evaluator = evaluatorWith(cache);

        Decision first = evaluator.evaluate(example().build());
        assertThat(first.criterion(CriterionIds.PATENT).orElseThrow().message().en())
                .endsWith("patent register epo-test unavailable for EP3456789B1: IOException: connection reset");
        assertThat(evaluator.evaluate(example().build()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(flaky.calls).hasValue(2);
        assertThat(cache.stats().loadFailureCount()).isEqualTo(1);
    }

    @Test
    void uncheckedExceptionsAndErrorsAreRethrownAndNotCachedEither() throws Exception {
        AtomicInteger attempt = new AtomicInteger();
        Registers.Register broken = register("epo-test", l -> {
            switch (attempt.incrementAndGet()) {
                case 1 -> throw new IllegalStateException("bad response");
                case 2 -> throw new StackOverflowError();
                default -> {
                    return Optional.empty();
                }
            }
        });
        EvidenceCache cache = EvidenceCache.builder(broken).build();

        assertThatThrownBy(() -> cache.patent(EP)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cache.patent(EP)).isInstanceOf(StackOverflowError.class);
        assertThat(cache.patent(EP)).isEmpty();
        assertThat(broken.calls).hasValue(3);
        assertThat(cache.stats().loadFailureCount()).isEqualTo(2);
    }

    @Test
    void notFoundIsCachedLikeFound() throws Exception {
        Registers.Register unknowing = register("uibm", l -> Optional.empty());
        EvidenceCache cache = EvidenceCache.builder(unknowing).build();

        assertThat(cache.patent(EP)).isEmpty();
        assertThat(cache.patent(EP)).isEmpty();
        assertThat(unknowing.calls).hasValue(1);
        assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(1, 1, 0, 0));
    }

    @Test
    void aNullAnswerIsHandedOnAndNotCached() throws Exception {
        Registers.Register breach = register("uibm", l -> null);
        EvidenceCache cache = EvidenceCache.builder(breach).build();

        assertThat(cache.patent(EP)).isNull();
        assertThat(cache.patent(EP)).isNull();
        assertThat(breach.calls).hasValue(2);
        // ESIBE reports it as it would without the cache.
        Decision d = evaluatorWith(cache).evaluate(example().build());
        assertThat(d.criterion(CriterionIds.PATENT).orElseThrow().message().en())
                .endsWith("patent register uibm unavailable for EP3456789B1: the source answered null");
    }

    @Test
    void eachDateIsAskedOnItsOwn() throws Exception {
        Registers.Register epo = confirmingAll("epo-test");
        EvidenceCache cache = EvidenceCache.builder(epo).build();

        cache.patent(EP);
        cache.patent(new PatentLookup(EP.number(), EP.at().plusDays(1)));
        cache.patent(new PatentLookup("EP1111111B1", EP.at()));
        cache.patent(EP);

        assertThat(epo.asked).containsExactly(EP, new PatentLookup(EP.number(), EP.at().plusDays(1)),
                new PatentLookup("EP1111111B1", EP.at()));
        assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(1, 3, 0, 0));
    }

    @Test
    void answersExpireAfterWrite() throws Exception {
        AtomicLong nanos = new AtomicLong(1_000);
        Registers.Register epo = confirmingAll("epo-test");
        EvidenceCache cache = EvidenceCache.builder(epo).expireAfterWrite(Duration.ofHours(12))
                .ticker(nanos::get).build();

        cache.patent(EP);
        nanos.addAndGet(Duration.ofHours(12).minusNanos(1).toNanos());
        cache.patent(EP);
        assertThat(epo.calls).as("kept until 12 hours have passed").hasValue(1);

        nanos.addAndGet(1);
        cache.patent(EP);
        assertThat(epo.calls).as("asked again after 12 hours").hasValue(2);
        assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(1, 2, 0, 1));
    }

    @Test
    void theDefaultExpiryIsOneHour() throws Exception {
        AtomicLong nanos = new AtomicLong();
        Registers.Register epo = confirmingAll("epo-test");
        EvidenceCache cache = EvidenceCache.builder(epo).ticker(nanos::get).build();

        cache.patent(EP);
        nanos.addAndGet(Duration.ofMinutes(59).toNanos());
        cache.patent(EP);
        assertThat(epo.calls).hasValue(1);
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        cache.patent(EP);
        assertThat(epo.calls).hasValue(2);
    }

    @Test
    void theCacheKeepsAtMostMaximumSizeAnswers() throws Exception {
        Registers.Register epo = confirmingAll("epo-test");
        EvidenceCache cache = EvidenceCache.builder(epo).maximumSize(2).build();

        for (String number : new String[] {"EP1111111B1", "EP2222222B1", "EP3333333B1"}) {
            cache.patent(new PatentLookup(number, EP.at()));
        }

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.stats().evictionCount()).isEqualTo(1);
    }

    @Test
    void invalidateAllForgetsEveryAnswerButKeepsTheCounts() throws Exception {
        Registers.Register epo = confirmingAll("epo-test");
        EvidenceCache cache = EvidenceCache.builder(epo).build();

        cache.patent(EP);
        cache.invalidateAll();
        cache.patent(EP);

        assertThat(epo.calls).hasValue(2);
        assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(0, 2, 0, 0));
    }

    @Test
    void companyLookupsAreCachedApartFromPatents() throws Exception {
        AtomicInteger companyCalls = new AtomicInteger();
        EvidenceSource registroImprese = new EvidenceSource() {
            @Override
            public String name() {
                return "registro-imprese";
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
            public Optional<CompanyEvidence> company(CompanyLookup lookup) {
                companyCalls.incrementAndGet();
                return Optional.of(new CompanyEvidence(lookup.vatNumber(), "Esempio Bio S.r.l.", "Lombardia", true));
            }
        };
        EvidenceCache cache = EvidenceCache.builder(registroImprese).build();

        CompanyLookup vat = new CompanyLookup("00743110157");
        assertThat(cache.company(vat)).map(CompanyEvidence::legalName).contains("Esempio Bio S.r.l.");
        assertThat(cache.company(vat)).map(CompanyEvidence::legalSeatRegion).contains("Lombardia");
        assertThat(cache.patent(EP)).isEmpty();
        assertThat(companyCalls).hasValue(1);
        assertThat(cache.servesCompanies()).isTrue();
        assertThat(cache.servesPatents()).isFalse();
    }

    @Test
    void callersOfAKeyUnderWayWaitForItInsteadOfAskingAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Registers.Register slow = register("epo-test", l -> {
            release.await();
            return Optional.of(new PatentEvidence(l.number(), true, ""));
        });
        EvidenceCache cache = EvidenceCache.builder(slow).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<PatentEvidence>> first = pool.submit(() -> cache.patent(EP));
            while (slow.calls.get() == 0) {
                Thread.onSpinWait();
            }
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<Optional<PatentEvidence>> second = pool.submit(() -> {
                secondThread.set(Thread.currentThread());
                return cache.patent(EP);
            });
            // The second caller is parked: waiting for the first lookup (or, were the cache
            // asking again, inside the register on the latch, where the call count would show it).
            while (secondThread.get() == null || secondThread.get().getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(second.get(10, TimeUnit.SECONDS)).isPresent();
            assertThat(slow.calls).hasValue(1);
            assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(1, 1, 0, 0));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void callersWaitingForALookupThatFailsGetItsExceptionAndTheNextCallerAsksAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        IOException down = new IOException("502 Bad Gateway");
        Registers.Register failing = register("epo-test", l -> {
            if (release.getCount() > 0) {
                release.await();
                throw down;
            }
            return Optional.empty();
        });
        EvidenceCache cache = EvidenceCache.builder(failing).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<PatentEvidence>> first = pool.submit(() -> cache.patent(EP));
            while (failing.calls.get() == 0) {
                Thread.onSpinWait();
            }
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<Optional<PatentEvidence>> second = pool.submit(() -> {
                secondThread.set(Thread.currentThread());
                return cache.patent(EP);
            });
            while (secondThread.get() == null || secondThread.get().getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();

            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause().isSameAs(down);
            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).cause().isSameAs(down);
            assertThat(failing.calls).hasValue(1);
            assertThat(cache.patent(EP)).isEmpty();
            assertThat(failing.calls).hasValue(2);
            assertThat(cache.stats()).isEqualTo(new EvidenceCache.Stats(1, 2, 1, 0));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anAnswerArrivingAfterEsibeStoppedWaitingServesTheNextEvaluation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Registers.Register stubborn = register("epo-test", l -> {
            // A register that ignores interrupts and answers in its own time.
            boolean interrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new PatentEvidence(l.number(), true, ""));
        });
        EvidenceCache cache = EvidenceCache.builder(stubborn).build();
        try {
            Decision impatient = evaluatorWith(Duration.ofMillis(100), cache).evaluate(example().build());
            assertThat(impatient.criterion(CriterionIds.PATENT).orElseThrow().result()).isEqualTo(Verdict.UNKNOWN);
            release.countDown();
            // Another registry sharing the cache: it waits for the lookup under way, or finds its answer.
            Decision patient = evaluatorWith(Duration.ofSeconds(10), cache).evaluate(example().build());
            assertThat(patient.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(stubborn.calls).hasValue(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void theCacheBearsTheSourcesNameAndStatesThisSpiVersion() {
        EvidenceCache cache = EvidenceCache.builder(confirmingAll("epo-test")).build();
        assertThat(cache.name()).isEqualTo("epo-test");
        assertThat(cache.spiVersion()).isEqualTo(EsibeSpi.VERSION);
        assertThat(cache.servesPatents()).isTrue();
        assertThat(cache.servesCompanies()).isFalse();
        assertThat(cache).hasToString("EvidenceCache[epo-test]");
    }

    @Test
    void aSourceOfAnotherSpiVersionIsRefused() {
        EvidenceSource future = new EvidenceSource() {
            @Override
            public String name() {
                return "future-register";
            }

            @Override
            public String spiVersion() {
                return "1.1";
            }
        };
        assertThatThrownBy(() -> EvidenceCache.builder(future)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("future-register").hasMessageContaining("upgrade ESIBE");
    }

    @Test
    void nonPositiveSettingsAreRefused() {
        EvidenceCache.Builder builder = EvidenceCache.builder(confirmingAll("epo-test"));
        assertThatThrownBy(() -> builder.maximumSize(0)).isInstanceOf(ConfigurationException.class)
                .hasMessage("the maximum size of an evidence cache must be positive, got 0");
        assertThatThrownBy(() -> builder.maximumSize(-1)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> builder.expireAfterWrite(Duration.ZERO)).isInstanceOf(ConfigurationException.class)
                .hasMessage("the expiry of an evidence cache must be positive, got PT0S");
        assertThatThrownBy(() -> builder.expireAfterWrite(Duration.ofSeconds(-1)))
                .isInstanceOf(ConfigurationException.class);
        assertThat(builder.maximumSize(1).expireAfterWrite(Duration.ofNanos(1)).build()).isNotNull();
    }

    @Test
    void statsHelpers() {
        assertThat(new EvidenceCache.Stats(0, 0, 0, 0).hitRate()).isEqualTo(1.0);
        assertThat(new EvidenceCache.Stats(1, 3, 0, 0).hitRate()).isEqualTo(0.25);
        assertThat(new EvidenceCache.Stats(1, 3, 0, 0).requestCount()).isEqualTo(4);
        assertThat(new EvidenceCache.Stats(Long.MAX_VALUE, 1, 0, 0).requestCount()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> new EvidenceCache.Stats(0, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
