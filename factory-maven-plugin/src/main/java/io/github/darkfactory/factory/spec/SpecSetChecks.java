package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks that need every spec at once: unique ids, packages, requirement ids and contract types;
 * layers; {@code dependsOn} targets and cycles. A problem is reported on the later file, naming
 * the earlier one, so the user knows both places.
 */
final class SpecSetChecks {

    private final List<ParsedSpec> specs;
    private final Set<String> knownIds;
    private final List<Layer> layers;
    private final boolean layersRequired;
    private final Problems problems;

    private SpecSetChecks(List<ParsedSpec> specs, Set<String> knownIds, List<Layer> layers, boolean layersRequired,
                          Problems problems) {
        this.specs = specs;
        this.knownIds = knownIds;
        this.layers = layers;
        this.layersRequired = layersRequired;
        this.problems = problems;
    }

    /**
     * @param specs          the identified specs, in file order
     * @param knownIds       every valid id, also of specs with other problems, so a dependsOn on such a
     *                       spec is not reported as unknown on top of that spec's own problem
     * @param layersRequired whether a spec's {@code layer} line is a problem when no layers are configured
     */
    static void check(List<ParsedSpec> specs, Set<String> knownIds, List<Layer> layers, boolean layersRequired,
                      Problems problems) {
        SpecSetChecks checks = new SpecSetChecks(specs, knownIds, layers, layersRequired, problems);
        checks.uniqueIds();
        checks.packages();
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

    private void packages() {
        // each spec is compared with the earlier specs whose package equals, encloses or lies inside its
        // own, found through a sorted index rather than by trying every pair: 500 specs are 125,000 pairs
        TreeMap<String, List<Integer>> byPackage = new TreeMap<>();
        for (int i = 0; i < specs.size(); i++) {
            byPackage.computeIfAbsent(specs.get(i).packageName(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < specs.size(); i++) {
            ParsedSpec spec = specs.get(i);
            for (int earlier : earlierRelatives(i, byPackage)) {
                String message = packageClash(spec, specs.get(earlier));
                if (message != null) {
                    problems.add(spec.file(), spec.frontMatter().packageName().line(), message,
                            "give every spec a package of its own that is neither inside nor around another spec's package,"
                                    + " such as sibling packages com.acme.shop.pricing and com.acme.shop.catalog");
                }
            }
        }
    }

    /** Earlier specs (in file order) whose package is spec {@code i}'s own, one around it or one inside it. */
    private List<Integer> earlierRelatives(int i, TreeMap<String, List<Integer>> byPackage) {
        String mine = specs.get(i).packageName();
        List<Integer> relatives = new ArrayList<>(byPackage.get(mine));
        for (int dot = mine.indexOf('.'); dot > 0; dot = mine.indexOf('.', dot + 1)) {
            relatives.addAll(byPackage.getOrDefault(mine.substring(0, dot), List.of()));
        }
        // '/' sorts right after '.', so this range holds exactly the packages inside mine
        byPackage.subMap(mine + ".", mine + "/").values().forEach(relatives::addAll);
        return relatives.stream().filter(j -> j < i).sorted().toList();
    }

    /** The clash between two related specs' packages, or null. */
    private static String packageClash(ParsedSpec spec, ParsedSpec other) {
        String mine = spec.packageName();
        String theirs = other.packageName();
        String clash;
        if (mine.equals(theirs)) {
            clash = "the package " + mine + " is also the package";
        } else if (isNestedIn(mine, theirs)) {
            clash = "the package " + mine + " is nested in the package " + theirs;
        } else if (isNestedIn(theirs, mine)) {
            clash = "the package " + mine + " contains the package " + theirs;
        } else {
            return null;
        }
        return clash + " of spec '" + other.id() + "' (" + other.file() + ")";
    }

    private static boolean isNestedIn(String inner, String outer) {
        return inner.length() > outer.length() && inner.charAt(outer.length()) == '.' && inner.startsWith(outer);
    }

    private void layers() {
        for (ParsedSpec spec : specs) {
            Located declared = spec.frontMatter().layer();
            if (declared == null || layers.isEmpty() && !layersRequired) {
                continue;
            }
            Layer layer = findLayer(declared.value());
            if (layers.isEmpty()) {
                problems.add(spec.file(), declared.line(), "the spec names layer '" + declared.value()
                        + "' but no <layers> are configured", "configure <layers> in the plugin's configuration, or remove the 'layer:' line");
            } else if (layer == null) {
                problems.add(spec.file(), declared.line(), "unknown layer '" + declared.value()
                                + "'; the configured layers are " + layerNames(),
                        "use one of " + layerNames() + ", or add a <layer> named '" + declared.value() + "' to <layers>");
            } else if (!layer.contains(spec.packageName())) {
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
                    problems.add(spec.file(), target.line(), "dependsOn names '" + target.value() + "', which is not a spec id",
                            "use the id of an existing spec (known: " + String.join(", ", new TreeSet<>(knownIds))
                                    + "), or remove the entry");
                }
            }
        }
        new CycleFinder(byId, problems).findAll();
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

    private String layerNames() {
        return layers.stream().map(Layer::name).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    /** Depth-first search over dependsOn; each back edge closes one cycle, reported with its path. */
    private static final class CycleFinder {

        private final Map<String, ParsedSpec> byId;
        private final Problems problems;
        private final Map<String, Boolean> finished = new HashMap<>();
        private final List<String> path = new ArrayList<>();

        CycleFinder(Map<String, ParsedSpec> byId, Problems problems) {
            this.byId = byId;
            this.problems = problems;
        }

        void findAll() {
            byId.keySet().forEach(this::visit);
        }

        private void visit(String id) {
            if (finished.containsKey(id)) {
                return;
            }
            finished.put(id, false);
            path.add(id);
            ParsedSpec spec = byId.get(id);
            for (Located target : spec.frontMatter().dependsOn()) {
                if (!byId.containsKey(target.value())) {
                    continue;
                }
                if (Boolean.FALSE.equals(finished.get(target.value()))) {
                    report(spec, target);
                } else {
                    visit(target.value());
                }
            }
            path.remove(path.size() - 1);
            finished.put(id, true);
        }

        private void report(ParsedSpec spec, Located target) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target.value()), path.size()));
            cycle.add(target.value());
            problems.add(spec.file(), target.line(), "dependsOn forms a cycle: " + String.join(" -> ", cycle),
                    "remove one dependsOn entry of this cycle; specs may depend on each other only one way"
                            + " (move shared types into a spec both depend on)");
        }
    }
}
