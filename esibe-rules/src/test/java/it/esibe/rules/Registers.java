package it.esibe.rules;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.PatentEvidence;
import it.esibe.core.spi.PatentLookup;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Patent registers for tests: each answers with a script and counts what it was asked. */
final class Registers {

    private Registers() {
    }

    /** How a register answers one lookup. */
    @FunctionalInterface
    interface Script {
        Optional<PatentEvidence> answer(PatentLookup lookup) throws Exception;
    }

    /** A patent register named {@code name} that answers by {@code script}. */
    static Register register(String name, Script script) {
        return new Register(name, script);
    }

    /** A register confirming every patent in force. */
    static Register confirmingAll(String name) {
        return register(name, l -> Optional.of(new PatentEvidence(l.number(), true, "")));
    }

    /** An evaluator of ESIBE's defaults asking {@code sources}, in order. */
    static ApplicationEvaluator evaluatorWith(EvidenceSource... sources) {
        return evaluatorWith(Duration.ofSeconds(5), sources);
    }

    /** An evaluator of ESIBE's defaults asking {@code sources}, each given {@code timeout}. */
    static ApplicationEvaluator evaluatorWith(Duration timeout, EvidenceSource... sources) {
        EsibeRegistry.Builder builder = Esibe.builder().evidenceTimeout(timeout);
        for (EvidenceSource s : sources) {
            builder.evidenceSource(s);
        }
        return builder.build().evaluator().build();
    }

    /** A scripted patent register. */
    static final class Register implements EvidenceSource {
        private final String name;
        private final Script script;
        final AtomicInteger calls = new AtomicInteger();
        final List<PatentLookup> asked = new CopyOnWriteArrayList<>();

        Register(String name, Script script) {
            this.name = name;
            this.script = script;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String spiVersion() {
            return EsibeSpi.VERSION;
        }

        @Override
        public boolean servesPatents() {
            return true;
        }

        @Override
        public Optional<PatentEvidence> patent(PatentLookup lookup) throws Exception {
            calls.incrementAndGet();
            asked.add(lookup);
            return script.answer(lookup);
        }
    }
}
