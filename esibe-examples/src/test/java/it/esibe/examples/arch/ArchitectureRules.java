package it.esibe.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture rules of the developer guide, written for a root package so that the same rule
 * runs on ESIBE ({@code it.esibe}) and on the deliberately bad fixtures of
 * {@code it.esibe.examples.archfixture}, which prove that each rule can fail.
 *
 * <p>Modules under a root {@code R}: core {@code R.core..}, rules {@code R.rules..}, io
 * {@code R.io..}, support {@code R.support..}, examples {@code R.examples..}. Implementation lives
 * in {@code ..internal..} packages, which are not API.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * What esibe-core may use besides itself: the JDK, Jakarta Validation's API, JSpecify and the
     * stability markers of apiguardian.
     */
    static ArchRule coreDependsOnlyOnTheJdkValidationApiAndJspecify(String root) {
        return classes().that().resideInAPackage(root + ".core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..",
                        "org.jspecify..", "org.apiguardian..", root + ".core..")
                .as("esibe-core depends only on java, jakarta.validation, org.jspecify and org.apiguardian");
    }

    /** esibe-core knows no other module and none of the libraries the others use. */
    static ArchRule coreDependsOnNoOtherModuleNorLibrary(String root) {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".rules..", root + ".io..",
                        root + ".support..", root + ".examples..", root + ".bench..", "com.fasterxml..", "tools.jackson..",
                        "org.hibernate..", "com.github.benmanes.caffeine..")
                .as("esibe-core depends on no other ESIBE module, nor on Jackson, Hibernate or Caffeine");
    }

    /** esibe-rules and esibe-io never depend on each other. */
    static ArchRule rulesDoNotDependOnIo(String root) {
        return noClasses().that().resideInAPackage(root + ".rules..")
                .should().dependOnClassesThat().resideInAPackage(root + ".io..")
                .as("esibe-rules does not depend on esibe-io");
    }

    /** esibe-io never depends on esibe-rules. */
    static ArchRule ioDoesNotDependOnRules(String root) {
        return noClasses().that().resideInAPackage(root + ".io..")
                .should().dependOnClassesThat().resideInAPackage(root + ".rules..")
                .as("esibe-io does not depend on esibe-rules");
    }

    /**
     * esibe-io reads apart from deciding: its readers know no evaluator; only the deciding loop
     * ({@code ApplicationFiles} and its {@code DecisionIterator}) hands records to one.
     */
    static ArchRule ioReadersKnowNoEvaluator(String root) {
        return noClasses().that().resideInAPackage(root + ".io..").and().doNotHaveSimpleName("ApplicationFiles")
                .and().doNotHaveSimpleName("DecisionIterator")
                .should().dependOnClassesThat().haveFullyQualifiedName(root + ".core.ApplicationEvaluator")
                .as("esibe-io's readers know no evaluator: only ApplicationFiles and DecisionIterator decide");
    }

    /** The library modules never depend on the examples (nor on the benchmarks). */
    static ArchRule librariesDoNotDependOnExamples(String root) {
        return noClasses().that().resideInAnyPackage(root + ".core..", root + ".rules..", root + ".io..",
                        root + ".support..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".examples..", root + ".bench..")
                .as("esibe-core, esibe-rules, esibe-io and esibe-support do not depend on esibe-examples or esibe-bench");
    }

    /**
     * esibe-rules decides without a JSON library or an expression language, so that an embedder
     * with its own JSON stack adds neither: files are esibe-io's business, the support catalogues
     * esibe-support's, and validation messages go through ESIBE's message catalog.
     */
    static ArchRule rulesUseNoJsonLibraryNorExpressionLanguage(String root) {
        return noClasses().that().resideInAPackage(root + ".rules..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..",
                        "jakarta.el..", "javax.el..", "org.glassfish.expressly..")
                .as("esibe-rules depends on no Jackson and no EL");
    }

    /**
     * esibe-support stands on the core alone: the matcher takes the taxonomy as an argument, so it
     * needs neither the rules nor the readers of esibe-io.
     */
    static ArchRule supportDependsOnNeitherIoNorRules(String root) {
        return noClasses().that().resideInAPackage(root + ".support..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".io..", root + ".rules..")
                .as("esibe-support depends on neither esibe-io nor esibe-rules");
    }

    /** Support is an add-on: only the examples use it, never the other libraries. */
    static ArchRule librariesDoNotDependOnSupport(String root) {
        return noClasses().that().resideInAnyPackage(root + ".core..", root + ".rules..", root + ".io..")
                .should().dependOnClassesThat().resideInAPackage(root + ".support..")
                .as("esibe-core, esibe-rules and esibe-io do not depend on esibe-support");
    }

    /**
     * Jackson stays in esibe-support's internal package, which reads the catalogue files: the
     * support API and SPI name no Jackson type, so the JSON library can change without breaking them.
     */
    static ArchRule supportApiUsesNoJackson(String root) {
        return noClasses().that().resideInAPackage(root + ".support..").and().resideOutsideOfPackage("..internal..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..")
                .as("only esibe-support's internal package uses Jackson");
    }

    /** The library modules under {@code root}, whose public types are what embedders depend on. */
    private static String[] libraries(String root) {
        return new String[] {root + ".core..", root + ".rules..", root + ".io..", root + ".support.."};
    }

    /**
     * Every public top-level type of a library module says how stable it is, as JUnit 5's do:
     * {@code @API(status = STABLE | MAINTAINED | EXPERIMENTAL | DEPRECATED, since = …)} outside
     * {@code ..internal..}, {@code @API(status = INTERNAL, …)} inside, so that a type public only for
     * its module's sake says so on the class path too, where module-info hides nothing.
     */
    static ArchRule everyPublicTypeSaysHowStableItIs(String root) {
        return classes().that().resideInAnyPackage(libraries(root)).and().arePublic().and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("carry @API, with status INTERNAL exactly in ..internal.. packages") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean internal = c.getPackageName().contains(".internal");
                        Optional<String> status = c.tryGetAnnotationOfType(API_ANNOTATION)
                                .map(a -> String.valueOf(a.get("status").orElse("")));
                        String problem = status.isEmpty() ? "has no @API"
                                : internal != status.get().endsWith("INTERNAL")
                                        ? "is " + (internal ? "internal" : "exported") + " but marked " + status.get()
                                        : null;
                        if (problem != null) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " " + problem));
                        }
                    }
                })
                .as("every public type of esibe-core, -rules, -io and -support carries @API, INTERNAL in ..internal..");
    }

    private static final String API_ANNOTATION = "org.apiguardian.api.API";

    /** The built-in criteria and the helpers they share, which the rule below holds to the public API. */
    static final DescribedPredicate<JavaClass> BUILT_IN_CRITERION = new DescribedPredicate<>(
            "are built-in criteria or their helpers (BaseCriterion, Citations, Tracks, Descriptions, BuiltInCriteria, BuiltInMessages)") {
        @Override
        public boolean test(JavaClass c) {
            String top = c.getName().replaceFirst("\\$.*", "");
            String simple = top.substring(top.lastIndexOf('.') + 1);
            return simple.endsWith("Criterion") || Set.of("Citations", "Tracks", "Descriptions", "BuiltInCriteria", "BuiltInMessages")
                    .contains(simple);
        }
    };

    /**
     * The built-in criteria use only what a third party can use (JUnit 5's rule: the built-ins use
     * the extension API like everyone else): ESIBE's exported packages, the JDK, JSpecify and
     * apiguardian, and the few helpers that are themselves held to this rule (a third party writes
     * its own in a few lines). No evaluator internals, no back door into the context.
     */
    static ArchRule builtInCriteriaUseOnlyThePublicApi(String root) {
        DescribedPredicate<JavaClass> allowed = new DescribedPredicate<>(
                "are in the JDK, JSpecify, apiguardian, ESIBE's exported packages, or built-in criteria and their helpers") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                return p.startsWith("java.") || p.startsWith("org.jspecify") || p.startsWith("org.apiguardian")
                        || c.isPrimitive() || c.isArray() && test(c.getBaseComponentType())
                        || p.startsWith(root + ".") && !p.contains(".internal") && !p.startsWith(root + ".examples")
                        || p.equals(root + ".rules.internal") && BUILT_IN_CRITERION.test(c);
            }
        };
        return classes().that().resideInAPackage(root + ".rules.internal").and(BUILT_IN_CRITERION)
                .should().onlyDependOnClassesThat(allowed)
                .as("built-in criteria use only what a third-party criterion can use");
    }

    /** Every layering rule, in the order the developer guide states them. */
    static List<ArchRule> layering(String root) {
        return List.of(coreDependsOnlyOnTheJdkValidationApiAndJspecify(root), coreDependsOnNoOtherModuleNorLibrary(root),
                rulesDoNotDependOnIo(root), ioDoesNotDependOnRules(root), librariesDoNotDependOnExamples(root),
                rulesUseNoJsonLibraryNorExpressionLanguage(root), supportDependsOnNeitherIoNorRules(root),
                librariesDoNotDependOnSupport(root), supportApiUsesNoJackson(root), ioReadersKnowNoEvaluator(root));
    }

    /**
     * Public API and SPI types (public, in a non-internal package under {@code root}) expose no
     * internal type through their public or protected signatures: supertypes, type parameter
     * bounds, fields, constructor and method parameters, return types and thrown exceptions,
     * including type arguments ({@code List<Internal>}).
     */
    static ArchRule apiExposesNoInternalType(String root) {
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..internal..")
                .and(EFFECTIVELY_PUBLIC)
                .should(EXPOSE_NO_INTERNAL_TYPE)
                .as("public types outside ..internal.. expose no ..internal.. type in public or protected signatures");
    }

    static final DescribedPredicate<JavaClass> EFFECTIVELY_PUBLIC = new DescribedPredicate<>("are public") {
        @Override
        public boolean test(JavaClass c) {
            if (c.isAnonymousClass() || c.isLocalClass() || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            Optional<JavaClass> enclosing = c.getEnclosingClass();
            return enclosing.isEmpty() || test(enclosing.get());
        }
    };

    static final ArchCondition<JavaClass> EXPOSE_NO_INTERNAL_TYPE =
            new ArchCondition<>("expose no ..internal.. type in public or protected signatures") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    List<String> leaks = new ArrayList<>();
                    c.getSuperclass().ifPresent(t -> leaks(t, "extends", leaks));
                    c.getInterfaces().forEach(t -> leaks(t, "implements", leaks));
                    c.getTypeParameters().forEach(v -> bounds(v, "type parameter " + v.getName(), leaks));
                    for (JavaField f : c.getFields()) {
                        if (exposed(f.getModifiers())) {
                            leaks(f.getType(), "field " + f.getName(), leaks);
                        }
                    }
                    for (JavaCodeUnit m : c.getCodeUnits()) {
                        if (!exposed(m.getModifiers()) || m.getModifiers().contains(JavaModifier.SYNTHETIC)
                                || m.getModifiers().contains(JavaModifier.BRIDGE)) {
                            continue;
                        }
                        String where = (m.isConstructor() ? "constructor" : "method " + m.getName())
                                + m.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList()
                                        .toString().replace('[', '(').replace(']', ')');
                        m.getTypeParameters().forEach(v -> bounds(v, where + " type parameter " + v.getName(), leaks));
                        if (m.isMethod()) {
                            leaks(m.getReturnType(), where + " returns", leaks);
                        }
                        m.getParameterTypes().forEach(t -> leaks(t, where + " takes", leaks));
                        m.getExceptionTypes().forEach(t -> leaks(t, where + " throws", leaks));
                    }
                    for (String leak : leaks) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + leak));
                    }
                }
            };

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void bounds(JavaTypeVariable<?> variable, String where, List<String> leaks) {
        variable.getUpperBounds().forEach(b -> leaks(b, where + " bound", leaks));
    }

    private static void leaks(JavaType type, String where, List<String> leaks) {
        Set<String> internal = new TreeSet<>();
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
            if (isInternal(base.getPackageName())) {
                internal.add(base.getName());
            }
        }
        internal.forEach(name -> leaks.add(where + " " + name));
    }

    static boolean isInternal(String packageName) {
        return packageName.equals("internal") || packageName.startsWith("internal.")
                || packageName.contains(".internal.") || packageName.endsWith(".internal");
    }

    /**
     * What a module descriptor exports or opens of its internal packages: every export of one
     * (qualified or not), every unqualified opening of one, and an open module that has any.
     *
     * @return one line per problem; empty when the module keeps its internal packages to itself
     */
    static List<String> internalPackagesExposed(ModuleDescriptor module) {
        List<String> problems = new ArrayList<>();
        for (ModuleDescriptor.Exports e : module.exports()) {
            if (isInternal(e.source())) {
                problems.add(module.name() + " exports " + e.source()
                        + (e.isQualified() ? " to " + new TreeSet<>(e.targets()) : ""));
            }
        }
        for (ModuleDescriptor.Opens o : module.opens()) {
            if (isInternal(o.source()) && !o.isQualified()) {
                problems.add(module.name() + " opens " + o.source() + " to every module");
            }
        }
        if (module.isOpen() && module.packages().stream().anyMatch(ArchitectureRules::isInternal)) {
            problems.add(module.name() + " is an open module, which opens its internal packages to every module");
        }
        return problems;
    }
}
