package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.TopLevelType;
import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@link java.util.ServiceLoader} providers of one spec's answer: each public top-level class
 * with a public no-arg constructor implementing a contract interface (of any spec). Two providers
 * for one interface, in this answer or this answer and another spec's code, is a problem.
 *
 * @param providers contract interface to implementing class, sorted
 * @param problems  one per interface with more than one provider
 */
record ServiceProviders(Map<String, String> providers, List<LoopProblem> problems) {

    static ServiceProviders of(List<TopLevelType> types, Set<String> answerFiles, SpecSet specs) {
        Set<String> contractTypes = new HashSet<>();
        for (Spec spec : specs.specs()) {
            for (ContractUnit unit : spec.contracts()) {
                unit.topLevelTypes().forEach(t -> contractTypes.add(unit.packageName() + "." + t));
            }
        }
        Map<String, List<String>> ours = new TreeMap<>();
        Map<String, List<String>> theirs = new TreeMap<>();
        for (TopLevelType type : types) {
            if (!type.instantiable()) {
                continue;
            }
            Map<String, List<String>> side = answerFiles.contains(type.sourceFile()) ? ours : theirs;
            type.interfaces().stream().filter(contractTypes::contains)
                    .forEach(i -> side.computeIfAbsent(i, k -> new ArrayList<>()).add(type.className()));
        }
        Map<String, String> providers = new TreeMap<>();
        List<LoopProblem> problems = new ArrayList<>();
        ours.forEach((contract, classes) -> {
            List<String> others = theirs.getOrDefault(contract, List.of());
            if (classes.size() == 1 && others.isEmpty()) {
                providers.put(contract, classes.get(0));
            } else {
                problems.add(new LoopProblem(LoopProblem.Check.SERVICES, String.join(", ", classes),
                        "contract interface " + contract + " would have several ServiceLoader providers: "
                                + String.join(", ", classes)
                                + (others.isEmpty() ? "" : " and, in another spec, " + String.join(", ", others)),
                        "keep exactly one public class with a public no-argument constructor implementing "
                                + contract + (others.isEmpty() ? "" : " (none, since another spec provides it)")
                                + "; make other implementations non-public, abstract, or without a public no-argument constructor"));
            }
        });
        return new ServiceProviders(providers, problems);
    }
}
