package io.github.darkfactory.factory;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Layer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules this plugin holds its own main code to, written with factory-rules like any user's
 * rules. The package graph they encode is explained in docs/architecture.md.
 */
final class OwnRules {

    static final String ROOT = "io.github.darkfactory.factory";

    /**
     * Our package graph, top to bottom: the adapter, the generate orchestration, its parts, the
     * other core packages, the shared utilities. A layer may use only the layers it lists.
     */
    static final List<Layer> LAYERS = List.of(
            layer("maven", "maven..", "generate", "generate.loop", "generate.model", "generate.compile",
                    "generate.plan", "generate.lock", "generate.write", "generate.services",
                    "spec", "architecture", "scenarios", "twins", "contracts", "feedback", "run", "strength", "twintools", "io", "log"),
            // the package itself, without its subpackages: they are layers of their own
            layer("generate", "generate", "generate.loop", "generate.model", "generate.compile",
                    "generate.plan", "generate.lock", "generate.write", "generate.services",
                    "spec", "architecture", "scenarios", "contracts", "feedback", "io", "log"),
            // the loop uses the compiler and the model; the CI path (plan, lock, write, services) uses neither
            layer("generate.loop", "generate.loop..", "generate.compile", "generate.model", "spec", "architecture",
                    "scenarios", "contracts", "io", "log"),
            layer("generate.model", "generate.model..", "spec", "architecture", "scenarios", "contracts", "io", "log"),
            layer("generate.compile", "generate.compile..", "spec", "architecture", "scenarios", "contracts", "io", "log"),
            layer("generate.plan", "generate.plan..", "generate.lock", "spec", "architecture", "scenarios", "contracts",
                    "io", "log"),
            layer("generate.lock", "generate.lock..", "spec", "architecture", "scenarios", "contracts", "io", "log"),
            layer("generate.write", "generate.write..", "spec", "architecture", "scenarios", "contracts", "io", "log"),
            layer("generate.services", "generate.services..", "generate.lock", "spec", "architecture", "scenarios",
                    "contracts", "io", "log"),
            layer("spec", "spec..", "io", "log"),
            layer("contracts", "contracts..", "spec", "io", "log"),
            layer("scenarios", "scenarios..", "spec", "twins", "io", "log"),
            // stand-ins for third-party services, started around the scenario JVM; generate never reaches them
            layer("twins", "twins..", "io", "log"),
            // verify-side: surviving mutants are for the scenario authors, so no generate layer may use it
            layer("strength", "strength..", "scenarios", "twins", "spec", "io", "log"),
            layer("architecture", "architecture..", "io", "log"),
            // twin-record and twin-check: WireMock in its own JVM (watched like the scenario JVM), replay over HTTP
            layer("twintools", "twintools..", "scenarios", "io", "log"),
            // rounds of generate-then-verify: reads a round's evidence, writes the ids-only feedback
            layer("run", "run..", "generate", "feedback", "spec", "generate.lock", "scenarios", "io", "log"),
            // the ids-only file that passes from a verify to the next generate
            layer("feedback", "feedback..", "spec", "io", "log"),
            layer("io", "io.."),
            layer("log", "log.."));

    static final FactoryRule LAYERING = FactoryRules.layers(LAYERS);

    private static final String CORE_WHY = "the core is a plain library, usable and testable without Maven;"
            + " only the thin Mojos translate between Maven and the core";

    /** No core class uses Maven, Aether, Plexus, or our own Mojos. */
    static final FactoryRule MAVEN_FREE_CORE = new FactoryRule("maven-free-core",
            noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT + ".maven..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..",
                            "org.codehaus.plexus..", ROOT + ".maven..")
                    .as("the core should depend neither on Maven nor on the Mojos").because(CORE_WHY),
            CORE_WHY, "move the Maven-specific code into " + ROOT + ".maven and pass the core plain values"
                    + " (a request record); let the core return data the Mojo words");

    private static final String CI_PATH_WHY = "a CI build checks the lock and rebuilds services files without any"
            + " model: the plan, the lock, the journalled write and the services files must work without a model"
            + " or loop class";

    /** The CI path of generate (plan, lock, write, services) needs no model or loop class. */
    static final FactoryRule CI_PATH_WITHOUT_MODEL = new FactoryRule("ci-path-without-model",
            noClasses().that().resideInAnyPackage(ROOT + ".generate.plan..", ROOT + ".generate.lock..",
                            ROOT + ".generate.write..", ROOT + ".generate.services..")
                    .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".generate.loop..", ROOT + ".generate.model..")
                    .as("the CI path of generate should use no model or loop class").because(CI_PATH_WHY),
            CI_PATH_WHY, "pass the value the CI path needs (a hash, a file list) from " + ROOT
                    + ".generate instead of reaching into the loop or the model");

    private static final String COMPILER_WHY = "the joint compile of the whole generated output uses the"
            + " compiler without the loop; a compiler that knows the loop cannot be used or tested alone";

    /** The in-memory compiler knows nothing of the loop that calls it. */
    static final FactoryRule COMPILER_WITHOUT_LOOP = new FactoryRule("compiler-without-loop",
            noClasses().that().resideInAPackage(ROOT + ".generate.compile..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + ".generate.loop..")
                    .as("the compiler should not use the loop").because(COMPILER_WHY),
            COMPILER_WHY, "give the compiler plain inputs (CompileInputs, sources) and let the loop interpret its result");

    private static final String RUNNER_WHY = "the runner is copied alone into the scenario JVM, where no other"
            + " plugin class and no library but the JUnit Platform exists";

    /** The scenario runner, which runs in the forked JVM, sees the JDK and the JUnit Platform only. */
    static final FactoryRule RUNNER_JDK_AND_PLATFORM_ONLY = new FactoryRule("runner-jdk-and-platform-only",
            classes().that().resideInAPackage(ROOT + ".scenarios.runner..").should().onlyDependOnClassesThat()
                    .resideInAnyPackage("java..", "org.junit.platform..", ROOT + ".scenarios.runner..")
                    .as("the scenario runner should use only the JDK and the JUnit Platform").because(RUNNER_WHY),
            RUNNER_WHY, "pass what the runner needs as arguments or files from " + ROOT + ".scenarios, and do the"
                    + " rest on the plugin's side");

    /** The classes that know what a verify produced: the scenario run, its evidence and its reports. */
    static final Set<String> VERIFY_OUTPUT_CLASSES = Set.of("ScenarioRun", "EvidenceJson", "EvidenceHtml",
                    "EvidenceReport", "ReportFiles", "SurefireXml", "RequirementEvidence", "TwinnedFork", "TwinPins", "PinnedTwins",
                    "TwinsHtml").stream()
            .map(name -> ROOT + ".scenarios." + name).collect(Collectors.toUnmodifiableSet());

    /** Packages that read a verify's outputs (run, strength) or serve its scenarios (twins), counted as soon as they exist. */
    static final String[] VERIFY_READING_PACKAGES = {"..factory.run..", "..factory.strength..", "..factory.twins.."};

    /** A class of {@link #VERIFY_OUTPUT_CLASSES} (or nested in one) or of {@link #VERIFY_READING_PACKAGES}. */
    static final DescribedPredicate<JavaClass> KNOWS_VERIFY_OUTPUTS = DescribedPredicate.describe(
            "know a verify's outputs (the scenario run, evidence.json/html, scenario reports, factory:run, strength)",
            javaClass -> VERIFY_OUTPUT_CLASSES.contains(javaClass.getName().split("\\$")[0])
                    || PackageMatchers.of(VERIFY_READING_PACKAGES).test(javaClass.getPackageName()));

    /** What generate may not contain as text: the names of a verify's output files. */
    static final List<String> VERIFY_OUTPUT_NAMES = List.of("evidence.json", "evidence.html", "scenario-results",
            "scenario-output", "scenario-reports", "strength.json", "TEST-");

    private static final String HOLDOUT_WHY = "the sealed scenarios are a holdout: from a verify, generate may learn"
            + " only which requirements failed (feedback.json, ids only); a scenario's name, message, stack trace or"
            + " output in a prompt would let the model fit the code to the hidden scenarios instead of the spec";

    /** Nothing reachable from generate (or the feedback it reads) knows a verify's outputs. */
    static final FactoryRule GENERATE_BLIND_TO_VERIFY = new FactoryRule("generate-blind-to-verify",
            noClasses().that().resideInAnyPackage(ROOT + ".generate..", ROOT + ".feedback..")
                    .should().transitivelyDependOnClassesThat(KNOWS_VERIFY_OUTPUTS)
                    .as("no class reachable from generate should read evidence.json, scenario reports or scenario output")
                    .because(HOLDOUT_WHY),
            HOLDOUT_WHY, "pass generate nothing of a verify but the ids of " + ROOT + ".feedback.HoldoutFeedback;"
                    + " running the product's own tests may use scenarios.ScenarioFork and ResultsFile, never the"
                    + " evidence, reports or run classes");

    private OwnRules() {
    }

    private static Layer layer(String name, String relativePackage, String... mayUse) {
        return new Layer(name, List.of(ROOT + "." + relativePackage), List.of(mayUse));
    }
}
