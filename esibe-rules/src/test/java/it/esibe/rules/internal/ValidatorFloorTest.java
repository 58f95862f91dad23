package it.esibe.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An older Hibernate Validator than the floor is refused at once, naming the versions found and required. */
class ValidatorFloorTest {

    @Test
    void aValidatorOlderThanTheFloorIsRefusedWithBothVersions() {
        assertThat(Validators.problem("7.0.5.Final")).contains("Hibernate Validator 7.0.5.Final")
                .contains(Validators.MINIMUM + " or later").contains("Jakarta Validation 3.0");
        assertThat(Validators.problem("6.2.5.Final")).contains("6.2.5.Final");
        assertThat(Validators.problem("7.99.99.Final")).isNotNull();
    }

    @Test
    void theBuildTestsTheFloorTheCodeStates() {
        assertThat(System.getProperty("esibe.floor.hibernate-validator"))
                .as("esibe-rules' pom, esibe.floor.hibernate-validator").isEqualTo(Validators.MINIMUM);
    }

    @Test
    void theFloorAndLaterOnesAreAccepted() {
        assertThat(Validators.problem(Validators.MINIMUM)).isNull();
        assertThat(Validators.problem("8.0.1.Final")).isNull();
        assertThat(Validators.problem("8.0.3.Final")).isNull();
        assertThat(Validators.problem("9.1.6.Final")).isNull();
        assertThat(Validators.problem("10.0.0.Alpha1")).isNull();
        // A shaded jar may state no version: nothing to judge.
        assertThat(Validators.problem(null)).isNull();
        assertThat(Validators.problem("unknown")).isNull();
    }
}
