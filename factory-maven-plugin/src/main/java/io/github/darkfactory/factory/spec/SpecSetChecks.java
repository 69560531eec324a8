package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Layer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks that need every spec at once: unique ids, packages, requirement ids and contract types;
 * layers; {@code dependsOn} targets and cycles. A problem is reported on the later file, naming
 * the earlier one, so the user knows both places.
 */
final class SpecSetChecks {

    private final List<ParsedSpec> specs;
    private final List<ParsedSpec> all;
    private final Set<String> knownIds;
    private final List<Layer> layers;
    private final boolean layersRequired;
    private final Problems problems;

    private SpecSetChecks(List<ParsedSpec> all, List<Layer> layers, boolean layersRequired, Problems problems) {
        this.all = all;
        this.specs = all.stream().filter(ParsedSpec::identified).toList();
        // every valid id, also of specs with other problems, so a dependsOn on such a spec is not
        // reported as unknown on top of that spec's own problem
        this.knownIds = all.stream().map(s -> s.frontMatter().id()).filter(Objects::nonNull).map(Located::value)
                .collect(Collectors.toSet());
        this.layers = layers;
        this.layersRequired = layersRequired;
        this.problems = problems;
    }

    /**
     * @param all            every spec read, in file order, also those without a valid id or package:
     *                       their layer line is still checked, so one run reports every problem
     * @param layersRequired whether a spec's {@code layer} line is a problem when no layers are configured
     */
    static void check(List<ParsedSpec> all, List<Layer> layers, boolean layersRequired, Problems problems) {
        SpecSetChecks checks = new SpecSetChecks(all, layers, layersRequired, problems);
        checks.uniqueIds();
        PackageClashes.report(checks.specs, problems);
        checks.layers();
        checks.dependsOn();
        checks.requirementIds();
        checks.contractTypes();
    }

    private void uniqueIds() {
        Map<String, ParsedSpec> first = new HashMap<>();
        for (ParsedSpec spec : specs) {
            ParsedSpec earlier = first.putIfAbsent(spec.id(), spec);
            if (earlier != null) {
                problems.add(spec.file(), spec.frontMatter().id().line(),
                        "the id '" + spec.id() + "' is also used by " + earlier.file(),
                        "give each spec its own id");
            }
        }
    }

    private void layers() {
        for (ParsedSpec spec : all) {
            Located declared = spec.frontMatter().layer();
            if (declared == null || layers.isEmpty() && !layersRequired) {
                continue;
            }
            Layer layer = findLayer(declared.value());
            if (layer == null) {
                problems.add(new LayerLineProblem(spec.file(), declared.line(), declared.value(), layerNames()));
            } else if (spec.frontMatter().packageName() != null && !layer.contains(spec.packageName())) {
                problems.add(spec.file(), declared.line(), "the package " + spec.packageName() + " is not in layer '"
                        + layer.name() + "' (packages " + String.join(",", layer.packages()) + ")", wrongLayerFix(spec, layer));
            }
        }
    }

    private String wrongLayerFix(ParsedSpec spec, Layer declared) {
        String actual = layers.stream().filter(l -> l.name() != null && l.contains(spec.packageName()))
                .map(Layer::name).collect(Collectors.joining(", "));
        String move = "move the spec to a package matching " + String.join(",", declared.packages());
        return actual.isEmpty() ? move + ", or remove the 'layer:' line"
                : "write 'layer: " + actual + "' (the layer its package is in), or " + move;
    }

    private void dependsOn() {
        Map<String, ParsedSpec> byId = byId();
        for (ParsedSpec spec : specs) {
            for (Located target : spec.frontMatter().dependsOn()) {
                if (!knownIds.contains(target.value())) {
                    unknownDependsOn(spec, target);
                }
            }
        }
        new DependsOnCycles(byId, problems).findAll();
    }

    private void unknownDependsOn(ParsedSpec spec, Located target) {
        ParsedSpec invalidOwner = all.stream().filter(s -> s.frontMatter().id() == null
                && s.frontMatter().writtenId() != null && s.frontMatter().writtenId().value().equals(target.value()))
                .findFirst().orElse(null);
        if (invalidOwner != null) {
            problems.add(spec.file(), target.line(), "dependsOn names '" + target.value() + "', the id of "
                    + invalidOwner.file().getFileName() + ", which is not a valid spec id",
                    "fix the id in " + invalidOwner.file().getFileName() + " (see its problem) and name the fixed id here");
            return;
        }
        Set<String> candidates = new TreeSet<>(knownIds);
        all.stream().filter(s -> s.frontMatter().id() == null && s.frontMatter().writtenId() != null)
                .map(s -> FrontMatterChecks.suggestedId(s.frontMatter().writtenId().value())).forEach(candidates::add);
        String known = candidates.isEmpty() ? "no spec has a valid id yet" : "known: " + String.join(", ", candidates);
        String fix = Suggestions.closest(target.value(), candidates)
                .map(closest -> "did you mean '" + closest + "'? (" + known + "); or remove the entry")
                .orElse("use the id of an existing spec (" + known + "), or remove the entry");
        problems.add(spec.file(), target.line(), "dependsOn names '" + target.value() + "', which is not a spec id", fix);
    }

    private void requirementIds() {
        Map<String, Requirement> first = new HashMap<>();
        Map<String, ParsedSpec> fileOf = new HashMap<>();
        for (ParsedSpec spec : specs) {
            for (Requirement requirement : spec.requirements()) {
                Requirement earlier = first.putIfAbsent(requirement.id(), requirement);
                if (earlier != null) {
                    problems.add(spec.file(), requirement.line(), "the requirement id " + requirement.id()
                                    + " is already used at " + fileOf.get(requirement.id()).file() + ":" + earlier.line(),
                            "give each requirement its own id (ids are unique across all specs), such as " + nextFree(requirement.id(), first));
                } else {
                    fileOf.put(requirement.id(), spec);
                }
            }
        }
    }

    private static String nextFree(String id, Map<String, Requirement> used) {
        String prefix = id.substring(0, id.lastIndexOf('-') + 1);
        long max = used.keySet().stream().filter(u -> u.startsWith(prefix) && u.lastIndexOf('-') == prefix.length() - 1)
                .mapToLong(u -> Long.parseLong(u.substring(prefix.length()))).max().orElse(0);
        return prefix + (max + 1);
    }

    private void contractTypes() {
        Map<String, String> declaredAt = new HashMap<>();
        for (ParsedSpec spec : specs) {
            for (ContractUnit unit : spec.contracts()) {
                checkContractPackage(spec, unit);
                for (String type : unit.topLevelTypes()) {
                    String name = unit.packageName() + "." + type;
                    String earlier = declaredAt.putIfAbsent(name, spec.file() + ":" + unit.line());
                    if (earlier != null) {
                        problems.add(spec.file(), unit.line(), "the contract type " + name + " is already declared at " + earlier,
                                "declare each contract type once: rename one of them or delete the duplicate block");
                    }
                }
            }
        }
    }

    private void checkContractPackage(ParsedSpec spec, ContractUnit unit) {
        String pkg = spec.packageName();
        if (!unit.packageName().equals(pkg) && !unit.packageName().startsWith(pkg + ".")) {
            problems.add(spec.file(), unit.line(), "the contract declares package " + unit.packageName()
                            + ", which is not the spec's package " + pkg + " or a subpackage of it",
                    "write 'package " + pkg + ";' (or a subpackage) in the block, or move the block to the spec that owns "
                            + unit.packageName());
        }
    }

    private Map<String, ParsedSpec> byId() {
        Map<String, ParsedSpec> byId = new LinkedHashMap<>();
        specs.forEach(s -> byId.putIfAbsent(s.id(), s));
        return byId;
    }

    private Layer findLayer(String name) {
        return layers.stream().filter(l -> Objects.equals(l.name(), name)).findFirst().orElse(null);
    }

    private List<String> layerNames() {
        return layers.stream().map(Layer::name).filter(Objects::nonNull).toList();
    }
}
