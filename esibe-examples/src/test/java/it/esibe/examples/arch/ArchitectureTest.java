package it.esibe.examples.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.examples.archfixture.api.LeakyApi;
import it.esibe.io.ApplicationJson;
import it.esibe.rules.Esibe;
import it.esibe.support.SupportMatcher;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The developer guide's architecture, checked on the compiled classes of esibe-core, esibe-rules,
 * esibe-io, esibe-support and esibe-examples (this module sees all of them): module layering, API
 * that exposes no internal type, and module descriptors that export no internal package.
 *
 * <p>Each rule also runs on the deliberately bad fixtures of {@code it.esibe.examples.archfixture}
 * and must fail there, so that no rule passes for want of classes or through a wrong pattern.
 */
class ArchitectureTest {

    static final String ROOT = "it.esibe";
    static final String FIXTURE_ROOT = "it.esibe.examples.archfixture";

    static JavaClasses esibe;
    static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        esibe = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        fixtures = new ClassFileImporter().importPackages(FIXTURE_ROOT);
    }

    static String failures(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void theImportHasEveryModuleAndNoTestCode() {
        assertThat(esibe.contain(ApplicationEvaluator.class)).as("esibe-core").isTrue();
        assertThat(esibe.contain(Esibe.class)).as("esibe-rules").isTrue();
        assertThat(esibe.contain(ApplicationJson.class)).as("esibe-io").isTrue();
        assertThat(esibe.contain(SupportMatcher.class)).as("esibe-support").isTrue();
        assertThat(esibe.contain("it.esibe.support.internal.CatalogueJson")).as("esibe-support's Jackson").isTrue();
        assertThat(esibe.contain("it.esibe.examples.cli.EsibeCli")).as("esibe-examples").isTrue();
        assertThat(esibe.contain("it.esibe.rules.internal.DefaultEvaluator")).as("internal packages").isTrue();
        assertThat(esibe.contain(ArchitectureTest.class)).as("this module's tests").isFalse();
        assertThat(esibe.stream().map(JavaClass::getName)).noneMatch(n -> n.startsWith(FIXTURE_ROOT));
        assertThat(fixtures.contain(LeakyApi.class)).isTrue();
    }

    @Nested
    class Layering {

        @Test
        void esibeFollowsTheModuleLayering() {
            for (ArchRule rule : ArchitectureRules.layering(ROOT)) {
                EvaluationResult result = rule.evaluate(esibe);
                assertThat(result.hasViolation()).as("%s:%n%s", rule.getDescription(), failures(result)).isFalse();
            }
        }

        @Test
        void everyLayeringRuleFailsOnTheBadFixtures() {
            List<ArchRule> rules = ArchitectureRules.layering(FIXTURE_ROOT);
            assertThat(failures(rules.get(0).evaluate(fixtures))).contains("CoreUsesRulesAndJackson")
                    .contains("com.fasterxml.jackson.databind.ObjectMapper").contains("RulesUsesIo");
            assertThat(failures(rules.get(1).evaluate(fixtures))).contains("CoreUsesRulesAndJackson")
                    .contains("ObjectMapper").contains("RulesUsesIo");
            assertThat(failures(rules.get(2).evaluate(fixtures))).contains("RulesUsesIo")
                    .contains("IoUsesRulesAndExamples");
            assertThat(failures(rules.get(3).evaluate(fixtures))).contains("IoUsesRulesAndExamples")
                    .contains("RulesUsesIo");
            assertThat(failures(rules.get(4).evaluate(fixtures))).contains("IoUsesRulesAndExamples")
                    .contains("examples.Cli");
            assertThat(failures(rules.get(5).evaluate(fixtures))).contains("RulesUsesJacksonAndSupport")
                    .contains("com.fasterxml.jackson.databind.ObjectMapper").doesNotContain("RulesUsesIo");
            assertThat(failures(rules.get(6).evaluate(fixtures))).contains("SupportUsesIoAndRules")
                    .contains("IoUsesRulesAndExamples").contains("RulesUsesIo");
            assertThat(failures(rules.get(7).evaluate(fixtures))).contains("RulesUsesJacksonAndSupport")
                    .contains("support.SupportUsesIoAndRules");
            String jackson = failures(rules.get(8).evaluate(fixtures));
            assertThat(jackson).contains("SupportApiUsesJackson").contains("com.fasterxml.jackson.databind.JsonNode");
            assertThat(jackson).as("Jackson is allowed in the internal package").doesNotContain("CatalogueReader");
            String deciding = failures(rules.get(9).evaluate(fixtures));
            assertThat(deciding).contains("ReaderDecides").doesNotContain("ApplicationFiles");
        }
    }

    @Nested
    class PublicApi {

        @Test
        void noPublicTypeExposesAnInternalOne() {
            ArchRule rule = ArchitectureRules.apiExposesNoInternalType(ROOT);
            EvaluationResult result = rule.evaluate(esibe);
            assertThat(result.hasViolation()).as("%s:%n%s", rule.getDescription(), failures(result)).isFalse();
        }

        @Test
        void everyPublicTypeSaysHowStableItIs() {
            ArchRule rule = ArchitectureRules.everyPublicTypeSaysHowStableItIs(ROOT);
            EvaluationResult result = rule.evaluate(esibe);
            assertThat(result.hasViolation()).as("%s:%n%s", rule.getDescription(), failures(result)).isFalse();
        }

        @Test
        void theStabilityRuleCatchesAMissingOrWrongMarker() {
            String report = failures(ArchitectureRules.everyPublicTypeSaysHowStableItIs(FIXTURE_ROOT).evaluate(fixtures));
            assertThat(report).contains("archfixture.core.ApplicationEvaluator has no @API")
                    .contains("archfixture.rules.internal.Citations is internal but marked Status.STABLE")
                    .doesNotContain("CleanCriterion");
        }

        @Test
        void builtInCriteriaUseOnlyThePublicApi() {
            ArchRule rule = ArchitectureRules.builtInCriteriaUseOnlyThePublicApi(ROOT);
            EvaluationResult result = rule.evaluate(esibe);
            assertThat(result.hasViolation()).as("%s:%n%s", rule.getDescription(), failures(result)).isFalse();
            assertThat(esibe.contain("it.esibe.rules.internal.SmeCriterion")).as("the rule has criteria to check").isTrue();
        }

        @Test
        void theCriteriaRuleCatchesACriterionThatUsesAnInternalType() {
            String report = failures(ArchitectureRules.builtInCriteriaUseOnlyThePublicApi(FIXTURE_ROOT).evaluate(fixtures));
            assertThat(report).contains("LeakyCriterion").contains("archfixture.internal.Hidden")
                    .doesNotContain("CleanCriterion");
        }

        @Test
        void theConditionSeesEveryKindOfSignature() {
            String report = failures(ArchitectureRules.apiExposesNoInternalType(FIXTURE_ROOT).evaluate(fixtures));
            String leaky = LeakyApi.class.getName();
            String hidden = "it.esibe.examples.archfixture.internal.Hidden";
            assertThat(report).contains(leaky + ": implements " + hidden)
                    .contains(leaky + ": field field " + hidden)
                    .contains(leaky + ": field array " + hidden)
                    .contains(leaky + ": constructor(Hidden) takes " + hidden)
                    .contains(leaky + ": method list() returns " + hidden)
                    .contains(leaky + ": method take(Optional) takes " + hidden)
                    .contains(leaky + ": method run() throws " + hidden + "Exception")
                    .contains(leaky + ": method bound() type parameter T bound " + hidden)
                    .contains(leaky + ": method compareTo(Hidden) takes " + hidden)
                    .contains(leaky + "$Nested: extends " + hidden)
                    .contains("Bounded: type parameter T bound " + hidden);
            assertThat(report).as("private and package-private members and types are not API")
                    .doesNotContain("privateField").doesNotContain("packagePrivate").doesNotContain("PrivateNested")
                    .doesNotContain("PackagePrivateApi").doesNotContain("CleanApi");
        }
    }

    @Nested
    class ModuleDescriptors {

        /** The descriptor of the module that {@code type} was loaded from (a jar or target/classes). */
        static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Set<ModuleReference> found = ModuleFinder.of(location).findAll();
            assertThat(found).as("the module at %s", location).hasSize(1);
            return found.iterator().next().descriptor();
        }

        @Test
        void noModuleExportsOrOpensAnInternalPackage() throws URISyntaxException {
            for (Class<?> type : List.of(ApplicationEvaluator.class, Esibe.class, ApplicationJson.class,
                    SupportMatcher.class)) {
                ModuleDescriptor module = descriptorOf(type);
                assertThat(module.packages()).as("%s has internal packages to keep", module.name())
                        .anyMatch(ArchitectureRules::isInternal);
                assertThat(module.exports()).as("%s exports its API", module.name()).isNotEmpty();
                assertThat(ArchitectureRules.internalPackagesExposed(module)).as(module.name()).isEmpty();
            }
        }

        @Test
        void theCheckCatchesExportsOpensAndOpenModules() {
            ModuleDescriptor bad = ModuleDescriptor.newModule("bad").exports("bad.api").exports("bad.internal")
                    .exports("bad.x.internal.y", Set.of("friend")).opens("bad.internal")
                    .opens("bad.api.internal", Set.of("org.hibernate.validator")).build();
            assertThat(ArchitectureRules.internalPackagesExposed(bad)).containsExactlyInAnyOrder(
                    "bad exports bad.internal", "bad exports bad.x.internal.y to [friend]",
                    "bad opens bad.internal to every module");
            ModuleDescriptor open = ModuleDescriptor.newOpenModule("open").packages(Set.of("open.internal")).build();
            assertThat(ArchitectureRules.internalPackagesExposed(open)).hasSize(1);
            assertThat(ArchitectureRules.isInternal("it.esibe.internalise")).isFalse();
            assertThat(ArchitectureRules.isInternal("it.esibe.support.internal")).isTrue();
        }
    }
}
