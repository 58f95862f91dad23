package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * {@link ApplicationFiles#parallel}: the same decisions in the same order as on one thread, for
 * every format and for records the reader rejects, the sink called on the calling thread only, at
 * most four records per thread in flight, the evaluator's exception rethrown in its record's turn.
 */
class ParallelFilesTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(8);
    private static final String APP = Samples.applicationLine();

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static byte[] decided(ApplicationFiles files, byte[] input, InputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DecisionWriter writer = DecisionWriter.open(OutputFormat.JSON_LINES, out, CsvOptions.DEFAULTS)) {
            files.decide(new ByteArrayInputStream(input), format, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Lines of random applications (complete or not), broken lines, blank lines and invalid UTF-8. */
    private static byte[] jsonLines(Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = random.nextInt(60);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.write("  \t".getBytes(StandardCharsets.UTF_8));
                case 1 -> out.write(APP.substring(0, random.nextInt(APP.length())).getBytes(StandardCharsets.UTF_8));
                case 2 -> out.write(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
                default -> out.write(ApplicationJson.write(new RandomModel(random.nextLong(), random.nextBoolean())
                        .application()).replace("\n", " ").getBytes(StandardCharsets.UTF_8));
            }
            out.write(random.nextInt(5) == 0 ? '\r' : '\n');
        }
        return out.toByteArray();
    }

    /** The stub evaluator, with {@code before} run on each record first. */
    private static ApplicationEvaluator around(Consumer<ApplicationRecord> before) {
        StubEvaluator stub = new StubEvaluator();
        return new ApplicationEvaluator() {
            @Override
            public String rulesetId() {
                return stub.rulesetId();
            }

            @Override
            public Decision evaluate(ApplicationRecord record) {
                before.accept(record);
                return stub.evaluate(record);
            }
        };
    }

    @Test
    void everyFormatIsDecidedAsOnOneThread() {
        StubEvaluator evaluator = new StubEvaluator(Locale.ITALIAN);
        ApplicationFiles one = ApplicationFiles.using(evaluator);
        QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(60)
                .forAll(longs().all()).checkAssert(seed -> {
                    try {
                        Random random = new Random(seed);
                        byte[] lines = jsonLines(random);
                        String text = new String(lines, StandardCharsets.ISO_8859_1);
                        byte[] array = ("[" + String.join(",", text.split("[\r\n]")) + "]")
                                .getBytes(StandardCharsets.ISO_8859_1);
                        List<Application> applications = new ArrayList<>();
                        for (int i = random.nextInt(30); i > 0; i--) {
                            applications.add(new RandomModel(random.nextLong(), true).application());
                        }
                        byte[] csv = CsvFilesTest.csv(CsvOptions.DEFAULTS, applications.toArray(Application[]::new));
                        for (int threads : new int[] {1, 2, 8}) {
                            ApplicationFiles many = one.parallel(POOL, threads);
                            assertThat(decided(many, lines, InputFormat.JSON_LINES))
                                    .isEqualTo(decided(one, lines, InputFormat.JSON_LINES));
                            assertThat(decided(many, array, InputFormat.JSON)).isEqualTo(decided(one, array, InputFormat.JSON));
                            assertThat(decided(many, csv, InputFormat.CSV)).isEqualTo(decided(one, csv, InputFormat.CSV));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertThat(evaluator.rejected.get()).as("records the reader rejected were decided too").isPositive();
        assertThat(evaluator.evaluated.get()).isPositive();
    }

    @Test
    void theSinkRunsOnTheCallingThreadWithAtMostFourRecordsPerThreadInFlight() throws IOException {
        AtomicInteger submitted = new AtomicInteger();
        Executor counting = task -> {
            submitted.incrementAndGet();
            POOL.execute(task);
        };
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            lines.append(i % 7 == 0 ? "not json" : APP).append('\n');
        }
        Thread caller = Thread.currentThread();
        AtomicInteger delivered = new AtomicInteger();
        List<Integer> inFlight = new ArrayList<>();
        long n = ApplicationFiles.using(new StubEvaluator()).parallel(counting, 3)
                .decide(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES,
                        d -> {
                            assertThat(Thread.currentThread()).isSameAs(caller);
                            assertThat(d.position().value()).isEqualTo(delivered.incrementAndGet());
                            inFlight.add(submitted.get() - delivered.get() + 1);
                        });
        assertThat(n).isEqualTo(500);
        assertThat(submitted.get()).isEqualTo(500);
        assertThat(inFlight).allMatch(k -> k <= 4 * 3).contains(4 * 3);
    }

    @Test
    void theEvaluatorsExceptionIsThrownInItsRecordsTurn() {
        IllegalStateException boom = new IllegalStateException("boom");
        ApplicationEvaluator failing = around(record -> {
            if (record.position().value() == 40) {
                throw boom;
            }
        });
        List<Long> seen = new ArrayList<>();
        byte[] input = (APP + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ApplicationFiles.using(failing).parallel(POOL, 4)
                .decide(new ByteArrayInputStream(input), InputFormat.JSON_LINES, d -> seen.add(d.position().value())))
                .isSameAs(boom);
        assertThat(seen).hasSize(39).isSorted();
    }

    @Test
    void aCallerRunsExecutorDecidesOnTheCallingThread() throws IOException {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> decidedOn = new AtomicReference<>();
        ApplicationEvaluator recording = around(record -> decidedOn.set(Thread.currentThread()));
        long n = ApplicationFiles.using(recording).parallel(Runnable::run, 2)
                .decide(new ByteArrayInputStream((APP + "\n").getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES,
                        d -> { });
        assertThat(n).isOne();
        assertThat(decidedOn.get()).isSameAs(caller);
    }

    @Test
    void anInterruptedCallerStopsWithInterruptedIOException() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Executor stuck = task -> POOL.execute(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                ApplicationFiles.using(new StubEvaluator()).parallel(stuck, 1).decide(
                        new ByteArrayInputStream((APP + "\n").repeat(10).getBytes(StandardCharsets.UTF_8)),
                        InputFormat.JSON_LINES, d -> { });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        caller.start();
        caller.interrupt();
        caller.join(10_000);
        never.countDown();
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
    }

    @Test
    void parallelismIsFromOneToTheMaximum() {
        ApplicationFiles files = ApplicationFiles.using(new StubEvaluator());
        assertThatThrownBy(() -> files.parallel(POOL, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1 to " + ApplicationFiles.MAX_PARALLELISM);
        assertThatThrownBy(() -> files.parallel(POOL, ApplicationFiles.MAX_PARALLELISM + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(files.parallel(POOL, ApplicationFiles.MAX_PARALLELISM).evaluator()).isSameAs(files.evaluator());
    }
}
