package io.github.darkfactory.factory.generate.loop;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generated code may use another spec only through the contracts of the specs it depends on. The
 * compile cannot enforce that (every contract and the other specs' code are visible to it), so this
 * reads the compiled classes of one spec and reports every reference into another spec's package
 * that is not a contract type of a dependsOn spec.
 */
final class SpecBoundaryCheck {

    private SpecBoundaryCheck() {
    }

    static List<LoopProblem> check(Path classRoot, Spec spec, SpecSet specs) {
        // Resolving from the classpath is slow and uses the context class loader; the compiled
        // classes already carry every name this check needs.
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importPath(classRoot);
        });
        Set<String> seen = new LinkedHashSet<>();
        List<LoopProblem> problems = new ArrayList<>();
        for (JavaClass source : classes) {
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (target.isPrimitive()) {
                    continue;
                }
                String typeName = target.getName().split("\\$")[0];
                Optional<Spec> owner = ownerOf(typeName, target.getPackageName(), specs);
                if (owner.isEmpty() || owner.get().id().equals(spec.id())
                        || !seen.add(source.getName() + "->" + typeName)) {
                    continue;
                }
                problems.add(problem(spec, owner.get(), source, typeName, dependency));
            }
        }
        return problems.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static LoopProblem problem(Spec spec, Spec owner, JavaClass source, String typeName, Dependency dependency) {
        String where = source.getName() + " " + dependency.getSourceCodeLocation();
        if (!spec.dependsOn().contains(owner.id())) {
            return new LoopProblem(LoopProblem.Check.BOUNDARY, where, "uses " + typeName + " of spec '" + owner.id()
                    + "', which spec '" + spec.id() + "' does not depend on",
                    "use only this spec's own contracts and those listed under \"Contracts you may use\"");
        }
        if (!contractTypes(owner).contains(typeName)) {
            return new LoopProblem(LoopProblem.Check.BOUNDARY, where, "uses " + typeName + ", an implementation class of spec '"
                    + owner.id() + "'", "use spec '" + owner.id() + "' only through its contract types "
                    + String.join(", ", contractTypes(owner)) + " (find implementations with java.util.ServiceLoader)");
        }
        return null;
    }

    /** The spec whose contract the type is, else the spec whose package holds it. */
    private static Optional<Spec> ownerOf(String typeName, String packageName, SpecSet specs) {
        Optional<Spec> contractOwner = specs.specs().stream()
                .filter(s -> contractTypes(s).contains(typeName)).findFirst();
        return contractOwner.isPresent() ? contractOwner : specs.specs().stream()
                .filter(s -> packageName.equals(s.packageName()) || packageName.startsWith(s.packageName() + "."))
                .findFirst();
    }

    private static List<String> contractTypes(Spec spec) {
        List<String> types = new ArrayList<>();
        for (ContractUnit unit : spec.contracts()) {
            unit.topLevelTypes().forEach(t -> types.add(unit.packageName() + "." + t));
        }
        return types;
    }
}
