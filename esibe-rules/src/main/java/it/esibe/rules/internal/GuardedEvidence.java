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
import org.apiguardian.api.API;
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
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class GuardedEvidence implements Evidence {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Lookups block on I/O, so they get threads of their own rather than the common pool's. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "esibe-evidence-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** A URL's query (where API keys and tokens travel), dropped from reasons that go into decisions. */
    private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("(\\w+://[^\\s?#]+)[?#]\\S*");
    /** Reasons go into decisions: a source's stack-trace-sized message is cut. */
    private static final int MAX_REASON = 300;

    private final List<EvidenceSource> patentSources;
    private final List<EvidenceSource> companySources;
    private final java.util.Map<EvidenceSource, String> nameOf;
    private final Duration timeout;

    /**
     * Guards {@code sources}, each given {@code timeout} per lookup. What each source serves and its
     * name are read once, here, so that lookups call nothing of a source outside the guard.
     *
     * @throws it.esibe.core.ConfigurationException if a source throws on {@code servesPatents},
     *     {@code servesCompanies} or {@code name}
     */
    public GuardedEvidence(List<EvidenceSource> sources, Duration timeout) {
        List<EvidenceSource> patents = new ArrayList<>();
        List<EvidenceSource> companies = new ArrayList<>();
        java.util.Map<EvidenceSource, String> named = new java.util.IdentityHashMap<>();
        for (EvidenceSource s : sources) {
            try {
                named.put(s, String.valueOf(s.name()));
                if (s.servesPatents()) {
                    patents.add(s);
                }
                if (s.servesCompanies()) {
                    companies.add(s);
                }
            } catch (RuntimeException e) {
                throw new it.esibe.core.ConfigurationException("evidence source " + s.getClass().getName()
                        + " failed to say what it serves: " + e, e);
            }
        }
        this.patentSources = List.copyOf(patents);
        this.companySources = List.copyOf(companies);
        this.nameOf = java.util.Collections.unmodifiableMap(named);
        this.timeout = timeout;
    }

    /** {@return the sources guarded, or {@link Evidence#none()} when there are none} */
    public static Evidence of(List<EvidenceSource> sources, Duration timeout) {
        return sources.isEmpty() ? Evidence.none() : new GuardedEvidence(sources, timeout);
    }

    @Override
    public boolean hasPatentSources() {
        return !patentSources.isEmpty();
    }

    @Override
    public boolean hasCompanySources() {
        return !companySources.isEmpty();
    }

    @Override
    public EvidenceAnswer<PatentEvidence> patent(String number, LocalDate at) {
        PatentLookup lookup = new PatentLookup(number, at);
        return ask(patentSources, s -> s.patent(lookup));
    }

    @Override
    public EvidenceAnswer<CompanyEvidence> company(String vatNumber) {
        CompanyLookup lookup = new CompanyLookup(vatNumber);
        return ask(companySources, s -> s.company(lookup));
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
            names.add(nameOf.get(source));
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
                return new EvidenceAnswer.Unavailable<>(nameOf.get(source), "the source answered null");
            }
            return found.<EvidenceAnswer<T>>map(v -> new EvidenceAnswer.Found<>(v, nameOf.get(source)))
                    .orElseGet(() -> new EvidenceAnswer.NotFound<>(List.of(nameOf.get(source))));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new EvidenceAnswer.Unavailable<>(nameOf.get(source), "no answer within " + describe(timeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause.getMessage();
            String type = cause.getClass().getSimpleName().isEmpty() ? cause.getClass().getName()
                    : cause.getClass().getSimpleName();
            return new EvidenceAnswer.Unavailable<>(nameOf.get(source), reason(type
                    + (message == null || message.isBlank() ? "" : ": " + message)));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new EvidenceAnswer.Unavailable<>(nameOf.get(source), "interrupted while waiting for the answer");
        }
    }

    /** {@code 2 s} or {@code 250 ms}: how a person writes a short duration. */
    static String describe(Duration d) {
        long millis = d.toMillis();
        if (millis == 0) {
            return d.toNanos() / 1000 + " µs";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** A failure's text as a decision may show it: URL queries dropped, cut to a readable length. */
    static String reason(String text) {
        String safe = QUERY.matcher(text).replaceAll("$1?…");
        return safe.length() <= MAX_REASON ? safe : safe.substring(0, MAX_REASON) + "…";
    }
}
