package io.github.darkfactory.factory.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import io.github.darkfactory.rules.Capability;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.LayerProblem;
import io.github.darkfactory.rules.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * Checks compiled classes against the factory's rules: imports them once and evaluates every rule
 * on the same classes. Side-effect free and safe to call from several threads at once (Maven
 * {@code -T}, parallel generation): ArchUnit's configuration is set for the calling thread only.
 */
public final class ArchitectureCheck {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::className)
            .thenComparingInt(Violation::line)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::description);

    private ArchitectureCheck() {
    }

    /**
     * Every violation of the rules that apply to {@code input}, ordered by class and line.
     *
     * @throws InvalidLayersException when the layers cannot be checked
     */
    public static List<Violation> run(ArchitectureInput input) {
        return run(input, List.of());
    }

    /**
     * Like {@link #run(ArchitectureInput)}, with {@code moreRules} evaluated on the same import of
     * the classes (the generate loop adds its spec-boundary rule), so every finding is a violation.
     *
     * @throws InvalidLayersException when the layers cannot be checked
     * @throws RuleSetException        when a team rule shares an id with another rule, or throws
     */
    public static List<Violation> run(ArchitectureInput input, List<FactoryRule> moreRules) {
        requireValidLayers(input);
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            // Referenced classes outside the roots are not needed by any rule; resolving them
            // through the class path costs seconds and depends on the caller's class loader.
            configuration.setResolveMissingDependenciesFromClassPath(false);
            JavaClasses classes = importClasses(input.classRoots());
            List<Violation> violations = new ArrayList<>();
            List<FactoryRule> all = new ArrayList<>(rules(input, testOnlyNotInMain(input.testOnlyClassNames(), classes)));
            all.addAll(moreRules);
            RuleSets.requireUniqueIds(input.teamRules(), all.stream().map(FactoryRule::id).toList());
            for (FactoryRule rule : all) {
                violations.addAll(rule.check(classes));
            }
            for (TeamRule rule : input.teamRules()) {
                violations.addAll(rule.check(classes));
            }
            violations.sort(ORDER);
            return List.copyOf(violations);
        });
    }

    /**
     * The rules that apply to {@code input}, in a stable order: the layering only with layers, the
     * cycle rule only with two spec packages or more, the test-code rule only with test classes, the
     * capabilities and no-evidence-gaming rules only with spec packages; then the team's rules.
     *
     * @throws InvalidLayersException when the layers cannot be checked
     */
    public static List<FactoryRule> rules(ArchitectureInput input) {
        requireValidLayers(input);
        List<FactoryRule> rules = new ArrayList<>(rules(input, input.testOnlyClassNames()));
        input.teamRules().forEach(team -> rules.add(team.rule()));
        return List.copyOf(rules);
    }

    private static List<FactoryRule> rules(ArchitectureInput input, Set<String> testOnlyClassNames) {
        List<FactoryRule> rules = new ArrayList<>(List.of(FactoryRules.NO_STANDARD_STREAMS, FactoryRules.NO_PRINT_STACK_TRACE));
        if (!input.layers().isEmpty()) {
            rules.add(FactoryRules.layers(input.layers()));
        }
        if (input.specPackages().size() > 1) {
            rules.add(FactoryRules.noSpecPackageCycles(input.specPackages()));
        }
        if (!testOnlyClassNames.isEmpty()) {
            rules.add(FactoryRules.noTestCodeInMain(testOnlyClassNames));
        }
        if (!input.specPackages().isEmpty()) {
            rules.add(FactoryRules.capabilities(grants(input)));
            rules.add(FactoryRules.noEvidenceGaming(input.specPackages()));
        }
        return List.copyOf(rules);
    }

    /** Every spec package with its grants: one the input grants nothing is restricted to no capability. */
    private static Map<String, Set<Capability>> grants(ArchitectureInput input) {
        Map<String, Set<Capability>> grants = new HashMap<>();
        input.specPackages().forEach(p -> grants.put(p, input.capabilityGrants().getOrDefault(p, Set.of())));
        return grants;
    }

    private static void requireValidLayers(ArchitectureInput input) {
        List<LayerProblem> problems = FactoryRules.layerProblems(input.layers());
        if (!problems.isEmpty()) {
            throw new InvalidLayersException(problems);
        }
    }

    /** A class that main code itself defines is not test-only, even if a test jar has one too. */
    private static Set<String> testOnlyNotInMain(Set<String> testOnly, JavaClasses classes) {
        if (testOnly.isEmpty()) {
            return testOnly;
        }
        Set<String> remaining = new HashSet<>(testOnly);
        classes.stream().map(JavaClass::getName).forEach(remaining::remove);
        return remaining;
    }

    private static JavaClasses importClasses(List<Path> roots) {
        List<Path> directories = roots.stream().filter(Files::isDirectory).toList();
        List<Path> jars = roots.stream().filter(Files::isRegularFile).toList();
        ClassFileImporter importer = new ClassFileImporter();
        if (jars.isEmpty()) {
            return importer.importPaths(directories);
        }
        List<JarFile> opened = new ArrayList<>();
        try {
            for (Path jar : jars) {
                opened.add(new JarFile(jar.toFile()));
            }
            List<Location> locations = new ArrayList<>();
            directories.forEach(d -> locations.add(Location.of(d)));
            opened.forEach(j -> locations.add(Location.of(j)));
            return importer.importLocations(locations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jars, e);
        } finally {
            opened.forEach(ArchitectureCheck::closeQuietly);
        }
    }

    private static void closeQuietly(JarFile jar) {
        try {
            jar.close();
        } catch (IOException e) {
            // Nothing was written through it; a failed close loses nothing.
        }
    }
}
