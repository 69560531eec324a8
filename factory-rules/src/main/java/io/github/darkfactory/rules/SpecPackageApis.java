package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The condition of the rules that restrict the APIs code in a spec package may use (capabilities,
 * no gaming of the evidence): every type a class depends on, every member it calls or accesses,
 * and its native methods are shown to a {@link Verdict}. Classes outside the spec packages, and uses
 * of classes inside them, are not checked.
 */
final class SpecPackageApis extends ArchCondition<JavaClass> {

    /** Says why a use is forbidden in a spec package (such as {@code needs capability 'network'}), or null when it is not. */
    interface Verdict {

        String ofType(String specPackage, String className);

        String ofMember(String specPackage, String owner, String name, List<String> parameterTypes);

        String ofNativeMethod(String specPackage);
    }

    private static final Pattern LOCATION_SUFFIX = Pattern.compile(" in \\([^()]*:\\d+\\)$");

    private final List<String> specPackages;
    private final Verdict verdict;

    SpecPackageApis(String description, Iterable<String> specPackages, Verdict verdict) {
        super(description);
        List<String> packages = new ArrayList<>();
        specPackages.forEach(packages::add);
        this.specPackages = packages.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.verdict = verdict;
    }

    /** Code in each spec package (the keys) may use the JDK APIs of the capabilities granted to it (the values) only. */
    static SpecPackageApis capabilities(Map<String, Set<Capability>> grants) {
        Map<String, Set<Capability>> granted = Map.copyOf(grants);
        return new SpecPackageApis("use only the capabilities their spec grants", granted.keySet(), new Verdict() {
            @Override
            public String ofType(String specPackage, String className) {
                return CapabilityCatalog.ofType(className).map(c -> needs(granted, specPackage, c)).orElse(null);
            }

            @Override
            public String ofMember(String specPackage, String owner, String name, List<String> parameterTypes) {
                return CapabilityCatalog.ofMember(owner, name, parameterTypes).map(c -> needs(granted, specPackage, c)).orElse(null);
            }

            @Override
            public String ofNativeMethod(String specPackage) {
                return needs(granted, specPackage, Capability.NATIVE);
            }
        });
    }

    private static String needs(Map<String, Set<Capability>> granted, String specPackage, Capability capability) {
        return granted.get(specPackage).contains(capability) ? null
                : "which needs capability '" + capability.id() + "', not granted to " + specPackage;
    }

    /** Code in a spec package neither looks at the stack nor references a test framework or the factory. */
    static SpecPackageApis noEvidenceGaming(List<String> specPackages) {
        return new SpecPackageApis("not look at the stack or reference a test framework or the factory", specPackages,
                new Verdict() {
                    @Override
                    public String ofType(String specPackage, String className) {
                        return EvidenceGamingApis.ofType(className);
                    }

                    @Override
                    public String ofMember(String specPackage, String owner, String name, List<String> parameterTypes) {
                        return EvidenceGamingApis.ofMember(owner, name, parameterTypes);
                    }

                    @Override
                    public String ofNativeMethod(String specPackage) {
                        return null;
                    }
                });
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        String specPackage = specPackageOf(javaClass.getPackageName());
        if (specPackage == null) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            if (specPackageOf(target.getPackageName()) == null) {
                report(events, reported, dependency, dependency.getDescription(), dependency.getSourceCodeLocation(),
                        verdict.ofType(specPackage, target.getName()));
            }
        }
        for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
            JavaClass owner = access.getTargetOwner();
            if (specPackageOf(owner.getPackageName()) == null) {
                List<String> parameters = access.getTarget() instanceof CodeUnitAccessTarget target
                        ? target.getRawParameterTypes().stream().map(JavaClass::getName).toList() : List.of();
                report(events, reported, access, access.getDescription(), access.getSourceCodeLocation(),
                        verdict.ofMember(specPackage, owner.getName(), access.getTarget().getName(), parameters));
            }
        }
        for (JavaMethod method : javaClass.getMethods()) {
            if (method.getModifiers().contains(JavaModifier.NATIVE)) {
                report(events, reported, method, "Method <" + method.getFullName() + "> is declared native",
                        method.getSourceCodeLocation(), verdict.ofNativeMethod(specPackage));
            }
        }
    }

    private static void report(ConditionEvents events, Set<String> reported, Object use, String description,
                               SourceCodeLocation location, String why) {
        if (why == null) {
            return;
        }
        String message = LOCATION_SUFFIX.matcher(description).replaceFirst("") + ", " + why + " in " + location;
        if (reported.add(message)) {
            events.add(SimpleConditionEvent.violated(use, message));
        }
    }

    private String specPackageOf(String packageName) {
        for (String specPackage : specPackages) {
            if (packageName.equals(specPackage) || packageName.startsWith(specPackage + ".")) {
                return specPackage;
            }
        }
        return null;
    }
}
