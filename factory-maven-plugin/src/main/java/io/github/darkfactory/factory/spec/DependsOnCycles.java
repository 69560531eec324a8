package io.github.darkfactory.factory.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Depth-first search over dependsOn; each back edge closes one cycle, reported with its path. */
final class DependsOnCycles {

    private final Map<String, ParsedSpec> byId;
    private final Problems problems;
    private final Map<String, Boolean> finished = new HashMap<>();
    private final List<String> path = new ArrayList<>();

    DependsOnCycles(Map<String, ParsedSpec> byId, Problems problems) {
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
