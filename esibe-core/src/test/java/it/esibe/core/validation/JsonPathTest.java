package it.esibe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How {@link ApplicationValidator#jsonPath} renders the kinds of node Hibernate Validator builds. */
class JsonPathTest {

    private static final Validator VALIDATOR = TestValidators.english();

    record Leaf(@NotNull String value) {
    }

    @RootCheck
    record Tree(
            Map<String, @NotNull String> byKey,
            Map<String, @Valid Leaf> leaves,
            Set<@Size(max = 1) String> tags,
            List<List<@NotNull String>> nested) {
    }

    /** A class-level constraint on the root that reports at the root itself. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = AlwaysInvalid.class)
    @interface RootCheck {
        String message() default "root";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    public static final class AlwaysInvalid implements jakarta.validation.ConstraintValidator<RootCheck, Tree> {
        @Override
        public boolean isValid(Tree value, jakarta.validation.ConstraintValidatorContext context) {
            return false;
        }
    }

    private static List<String> paths(Tree tree) {
        return VALIDATOR.validate(tree).stream().map(v -> ApplicationValidator.violationOf(v).path()).sorted().toList();
    }

    @Test
    void rendersRootMapKeySetElementAndNestedListPositions() {
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put("plain", null);
        byKey.put("with \"quote\"", null);
        Tree tree = new Tree(byKey, Map.of("k", new Leaf(null)), Set.of("long"),
                List.of(List.of("a"), java.util.Arrays.asList("b", null)));

        assertThat(paths(tree)).containsExactly(
                "",
                "byKey[\"plain\"]",
                "byKey[\"with \\\"quote\\\"\"]",
                "leaves[\"k\"].value",
                "nested[1][1]",
                "tags");
    }
}
