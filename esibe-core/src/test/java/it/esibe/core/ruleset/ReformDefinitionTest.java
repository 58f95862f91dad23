package it.esibe.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reform definition is built by named steps, names the step it lacks, and keeps its lists. */
class ReformDefinitionTest {

    @Test
    void theBuilderSetsEveryPartByName() {
        ReformDefinition d = ReformDefinition.builder().base("esibe-2024-interim").id("t-x").version("1")
                .effectiveFrom(LocalDate.of(2026, 1, 1)).series("esibe").description("d")
                .parameter(p -> p.name("rd.min.precisionMedicine").value("1500000.00").reason("r").source("s"))
                .neutralise(n -> n.criterion("ESIBE-PATENT").reason("waived"))
                .add(a -> a.criterion("LOM-SEAT").from("lom-2026").after("ESIBE-SEAT").reason("regional"))
                .build();

        assertThat(d).isEqualTo(new ReformDefinition("esibe-2024-interim", "t-x", "1", LocalDate.of(2026, 1, 1), "esibe",
                "d", List.of(new ReformDefinition.ParameterChange("rd.min.precisionMedicine", "1500000.00", "r", "s")),
                List.of(new ReformDefinition.Neutralisation("ESIBE-PATENT", "waived")),
                List.of(new ReformDefinition.Addition("LOM-SEAT", "lom-2026", "ESIBE-SEAT", "regional"))));
    }

    @Test
    void aMissingStepIsNamed() {
        assertThatThrownBy(() -> ReformDefinition.builder().base("b").id("i").effectiveFrom(LocalDate.of(2026, 1, 1))
                .build()).isInstanceOf(IllegalStateException.class).hasMessage("the reform definition needs version(…)");
        assertThatThrownBy(() -> ReformDefinition.builder().parameter(p -> p.name("a").value("1").reason("r")))
                .isInstanceOf(IllegalStateException.class).hasMessage("the reform definition needs source(…)");
    }

    @Test
    void theListsAreCopies() {
        List<ReformDefinition.Neutralisation> list = new ArrayList<>();
        ReformDefinition d = new ReformDefinition("b", "i", "1", LocalDate.of(2026, 1, 1), null, null, List.of(), list,
                List.of());
        list.add(new ReformDefinition.Neutralisation("X", "r"));

        assertThat(d.neutralised()).isEmpty();
        assertThatThrownBy(() -> d.parameters().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
