package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The catalogue of the factory's architecture rules. Every rule has a stable id, says why it
 * exists and how to fix a violation; {@link FactoryRule#rule()} is a plain ArchUnit rule, so each
 * can also be used on its own from a JUnit test:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.acme.shop");
 * FactoryRules.NO_STANDARD_STREAMS.rule().check(classes);               // ArchUnit's AssertionError
 * List<Violation> found = FactoryRules.NO_STANDARD_STREAMS.check(classes); // or violations as data
 * }</pre>
 *
 * An empty set of classes is not a violation: a module without code breaks no rule.
 */
public final class FactoryRules {

    public static final String NO_STANDARD_STREAMS_ID = "no-standard-streams";
    public static final String NO_PRINT_STACK_TRACE_ID = "no-print-stack-trace";
    public static final String LAYERS_ID = "layers";
    public static final String NO_SPEC_PACKAGE_CYCLES_ID = "no-spec-package-cycles";
    public static final String NO_TEST_CODE_IN_MAIN_ID = "no-test-code-in-main";
    public static final String CAPABILITIES_ID = "capabilities";
    public static final String NO_EVIDENCE_GAMING_ID = "no-evidence-gaming";
    /** Reserved for the generate loop's check that a spec uses others only through their contracts. */
    public static final String SPEC_BOUNDARIES_ID = "spec-boundaries";

    /** No class reads {@code System.out} or {@code System.err}. */
    public static final FactoryRule NO_STANDARD_STREAMS = rule(NO_STANDARD_STREAMS_ID,
            classes().should(notAccessStandardStreams()).as("no class should use System.out or System.err"),
            "output written to the standard streams bypasses the application's logging: it cannot be"
                    + " filtered, routed or silenced, and it corrupts the output of command-line tools",
            "log through the application's logger, or return the text to the caller that prints it");

    /** No class calls {@code printStackTrace()}, which writes to {@code System.err}. */
    public static final FactoryRule NO_PRINT_STACK_TRACE = rule(NO_PRINT_STACK_TRACE_ID,
            classes().should(notCallPrintStackTrace()).as("no class should call printStackTrace()"),
            "printStackTrace() writes to System.err and usually means an exception was swallowed",
            "rethrow the exception (wrapped with context if needed) or log it with the application's logger");

    private FactoryRules() {
    }

    /**
     * The layering of {@code layers}: a class of one layer may depend on classes of the layers its
     * {@code mayUse} lists, and on no other layer (none listed means no other layer). Dependencies on
     * classes outside every layer (the JDK, libraries) are not checked; a layer without classes is
     * allowed.
     *
     * @throws IllegalArgumentException when {@link #layerProblems(List)} finds any problem
     */
    public static FactoryRule layers(List<Layer> layers) {
        List<LayerProblem> problems = layerProblems(layers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream().map(LayerProblem::describe).toList()));
        }
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (Layer layer : layers) {
            architecture = architecture.layer(layer.name()).definedBy(layer.packages().toArray(String[]::new));
        }
        for (Layer layer : layers) {
            architecture = layer.mayUse().isEmpty()
                    ? architecture.whereLayer(layer.name()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(layer.name()).mayOnlyAccessLayers(layer.mayUse().toArray(String[]::new));
        }
        return rule(LAYERS_ID, architecture.as("layers should only use the layers they list in mayUse"),
                "layers keep the code that changes for one reason apart from the code that changes for"
                        + " another; a dependency against the declared direction couples them",
                "move the code to a layer that may use the target, depend on an interface of an allowed"
                        + " layer instead, or, if the dependency is intended, add the layer to mayUse");
    }

    /**
     * What is wrong with a list of layers: a layer without a name or packages, a name used twice, a
     * {@code mayUse} naming no layer. Empty when the layers are usable. This is the one check of
     * layers: every goal and {@link #layers(List)} ask here.
     */
    public static List<LayerProblem> layerProblems(List<Layer> layers) {
        List<String> names = layers.stream().map(Layer::name).filter(n -> n != null && !n.isBlank())
                .distinct().toList();
        List<LayerProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Layer layer : layers) {
            if (layer.name() == null || layer.name().isBlank()) {
                problems.add(new LayerProblem(LayerProblem.Kind.NO_NAME, null, null, names));
                continue;
            }
            if (!seen.add(layer.name())) {
                problems.add(new LayerProblem(LayerProblem.Kind.DUPLICATE_NAME, layer.name(), null, names));
            }
            if (layer.packages().isEmpty()) {
                problems.add(new LayerProblem(LayerProblem.Kind.NO_PACKAGES, layer.name(), null, names));
            }
        }
        for (Layer layer : layers) {
            for (String used : layer.mayUse()) {
                if (layer.name() != null && !layer.name().isBlank() && !names.contains(used)) {
                    problems.add(new LayerProblem(LayerProblem.Kind.UNKNOWN_MAY_USE, layer.name(), used, names));
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * No dependency cycle between the given packages (each with its subpackages), such as the
     * packages of the specs of a module.
     */
    public static FactoryRule noSpecPackageCycles(List<String> specPackages) {
        return rule(NO_SPEC_PACKAGE_CYCLES_ID,
                slices().assignedFrom(new SpecPackages(specPackages)).should().beFreeOfCycles()
                        .as("spec packages should be free of cycles"),
                "specs are generated and understood one at a time, in dependency order; a cycle"
                        + " between their packages means neither can change or be generated alone",
                "break the cycle: let one spec depend on the other only through its contract"
                        + " (declare it in dependsOn), or move the shared type into the spec both use");
    }

    /**
     * Main code references no class whose fully qualified name is in {@code testOnlyClassNames} (for
     * example the classes of {@code target/test-classes} and of test-scoped dependency jars).
     */
    public static FactoryRule noTestCodeInMain(Set<String> testOnlyClassNames) {
        Set<String> names = Set.copyOf(testOnlyClassNames);
        return rule(NO_TEST_CODE_IN_MAIN_ID,
                classes().should(notDependOnAnyOf(names)).as("main code should not use test code"),
                "test classes and test-scoped dependencies are not on the runtime classpath: main code"
                        + " that uses them fails at run time with NoClassDefFoundError",
                "remove the reference, move the needed class into main code, or give its dependency"
                        + " compile scope if production code really needs it");
    }

    /**
     * Code in each spec package (the keys, each with its subpackages) uses only the JDK APIs of the
     * capabilities granted to it (the values); {@link Capability#apis()} lists them. Classes outside
     * the spec packages are not checked.
     */
    public static FactoryRule capabilities(Map<String, Set<Capability>> grantsBySpecPackage) {
        return rule(CAPABILITIES_ID, classes().should(SpecPackageApis.capabilities(grantsBySpecPackage))
                        .as("spec packages should use only the capabilities their spec grants"),
                "a spec says what its code may reach beyond plain computation (network, files, processes, ...);"
                        + " code that reaches further does what its reviewers never agreed to and its scenarios"
                        + " may not cover",
                "grant the capability in the spec's front matter (capabilities: [..]) if the spec truly needs it,"
                        + " or do without it");
    }

    /**
     * Code in the given spec packages (each with its subpackages) does not look at the stack and
     * references no test framework and nothing of {@code io.github.darkfactory}: it must not be able
     * to tell that it is being judged. No capability grants any of it.
     */
    public static FactoryRule noEvidenceGaming(List<String> specPackages) {
        return rule(NO_EVIDENCE_GAMING_ID, classes().should(SpecPackageApis.noEvidenceGaming(specPackages))
                        .as("spec packages should not be able to tell that they are being judged"),
                "code that can tell it is being judged (by its callers' stack, a test framework or the factory"
                        + " on its class path) can behave differently under judgement than in production, so"
                        + " passing scenarios would prove nothing",
                "remove the reference and behave the same whoever calls the code; no capability grants this");
    }

    private static FactoryRule rule(String id, com.tngtech.archunit.lang.ArchRule rule, String why, String fix) {
        return new FactoryRule(id, rule.because(why).allowEmptyShould(true), why, fix);
    }

    private static ArchCondition<JavaClass> notAccessStandardStreams() {
        return new ArchCondition<>("not use System.out or System.err") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                    String field = access.getTarget().getName();
                    if (access.getTargetOwner().getName().equals("java.lang.System")
                            && (field.equals("out") || field.equals("err"))) {
                        events.add(SimpleConditionEvent.violated(access, access.getOrigin().getDescription()
                                + " calls System." + field + " in " + access.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notCallPrintStackTrace() {
        return new ArchCondition<>("not call printStackTrace()") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                // Matched by name and arity: without the JDK imported, the target's supertypes are unknown.
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    if (call.getTarget().getName().equals("printStackTrace")
                            && call.getTarget().getRawParameterTypes().isEmpty()) {
                        events.add(SimpleConditionEvent.violated(call, call.getOrigin().getDescription()
                                + " calls " + call.getTargetOwner().getSimpleName() + ".printStackTrace() in "
                                + call.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notDependOnAnyOf(Set<String> classNames) {
        return new ArchCondition<>("not depend on test classes") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (classNames.contains(javaClass.getName())) {
                    return; // a test-only class itself is not main code
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    if (classNames.contains(dependency.getTargetClass().getBaseComponentType().getName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Puts each class into the most specific given package that contains it, or into none. */
    private static final class SpecPackages implements SliceAssignment {

        private final List<String> packages;

        SpecPackages(List<String> packages) {
            this.packages = packages.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return packages.stream()
                    .filter(p -> name.equals(p) || name.startsWith(p + "."))
                    .findFirst()
                    .map(SliceIdentifier::of)
                    .orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "spec packages " + packages;
        }
    }
}
