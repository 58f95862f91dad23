package it.esibe.rules.internal;

import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.CompanyLookup;
import it.esibe.core.spi.Evidence;
import it.esibe.core.spi.EvidenceAnswer;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.PatentEvidence;
import it.esibe.core.spi.PatentLookup;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The evidence sources of an evaluator, guarded: each lookup runs on ESIBE's own daemon threads
 * with a deadline, and a source that throws or misses the deadline gives
 * {@link EvidenceAnswer.Unavailable} rather than an exception, so the criterion can answer
 * {@code UNKNOWN} with the reason.
 *
 * <p>Sources are asked in order until one knows the answer; an unavailable source does not stop
 * the others, but when none knows and one was unavailable, the answer is unavailable: "not found"
 * must mean every source was asked.
 *
 * <p>Thread-safety: immutable; the thread pool is shared by every evaluator.
 */
public final class GuardedEvidence implements Evidence {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Lookups block on I/O, so they get threads of their own rather than the common pool's. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "esibe-evidence-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final List<EvidenceSource> sources;
    private final Duration timeout;

    /** Guards {@code sources}, each given {@code timeout} per lookup. */
    public GuardedEvidence(List<EvidenceSource> sources, Duration timeout) {
        this.sources = List.copyOf(sources);
        this.timeout = timeout;
    }

    /** {@return the sources guarded, or {@link Evidence#none()} when there are none} */
    public static Evidence of(List<EvidenceSource> sources, Duration timeout) {
        return sources.isEmpty() ? Evidence.none() : new GuardedEvidence(sources, timeout);
    }

    @Override
    public boolean hasPatentSources() {
        return sources.stream().anyMatch(EvidenceSource::servesPatents);
    }

    @Override
    public boolean hasCompanySources() {
        return sources.stream().anyMatch(EvidenceSource::servesCompanies);
    }

    @Override
    public EvidenceAnswer<PatentEvidence> patent(String number, LocalDate at) {
        PatentLookup lookup = new PatentLookup(number, at);
        return ask(sources.stream().filter(EvidenceSource::servesPatents).toList(), s -> s.patent(lookup));
    }

    @Override
    public EvidenceAnswer<CompanyEvidence> company(String vatNumber) {
        CompanyLookup lookup = new CompanyLookup(vatNumber);
        return ask(sources.stream().filter(EvidenceSource::servesCompanies).toList(), s -> s.company(lookup));
    }

    /** A lookup of one source. */
    @FunctionalInterface
    private interface Lookup<T> {
        Optional<T> on(EvidenceSource source) throws Exception;
    }

    private <T> EvidenceAnswer<T> ask(List<EvidenceSource> asked, Lookup<T> lookup) {
        EvidenceAnswer.@Nullable Unavailable<T> unavailable = null;
        List<String> names = new ArrayList<>();
        for (EvidenceSource source : asked) {
            names.add(source.name());
            EvidenceAnswer<T> answer = askOne(source, lookup);
            if (answer instanceof EvidenceAnswer.Found<T>) {
                return answer;
            }
            if (answer instanceof EvidenceAnswer.Unavailable<T> u && unavailable == null) {
                unavailable = u;
            }
        }
        return unavailable != null ? unavailable : new EvidenceAnswer.NotFound<>(names);
    }

    private <T> EvidenceAnswer<T> askOne(EvidenceSource source, Lookup<T> lookup) {
        Future<Optional<T>> future = POOL.submit(() -> lookup.on(source));
        try {
            Optional<T> found = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (found == null) {
                return new EvidenceAnswer.Unavailable<>(source.name(), "the source answered null");
            }
            return found.<EvidenceAnswer<T>>map(v -> new EvidenceAnswer.Found<>(v, source.name()))
                    .orElseGet(() -> new EvidenceAnswer.NotFound<>(List.of(source.name())));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new EvidenceAnswer.Unavailable<>(source.name(), "no answer within " + describe(timeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause.getMessage();
            return new EvidenceAnswer.Unavailable<>(source.name(), cause.getClass().getSimpleName()
                    + (message == null || message.isBlank() ? "" : ": " + message));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new EvidenceAnswer.Unavailable<>(source.name(), "interrupted while waiting for the answer");
        }
    }

    /** {@code 2 s} or {@code 250 ms}: how a person writes a short duration. */
    static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
