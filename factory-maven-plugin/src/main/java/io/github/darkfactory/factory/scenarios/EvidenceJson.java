package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code evidence.json}: the shape shown in docs/goals/scenarios.md, keys in a fixed order, pretty-printed. */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static String render(EvidenceReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("status", report.passed() ? "PASSED" : "FAILED");
        root.put("scenarioArtifact", ordered("coordinates", report.coordinates(), "sha256", report.sha256()));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("requirements", report.requirements().size());
        summary.put("satisfied", report.count(RequirementEvidence.Status.SATISFIED));
        summary.put("missing", report.count(RequirementEvidence.Status.MISSING));
        summary.put("failed", report.count(RequirementEvidence.Status.FAILED));
        summary.put("scenarios", report.scenarios().size());
        summary.put("passed", report.passedScenarios());
        summary.put("failedScenarios", report.failedScenarios().size());
        summary.put("minEvidence", report.minEvidence());
        root.put("summary", summary);
        root.put("requirements", report.requirements().stream().map(EvidenceJson::requirement).toList());
        root.put("scenarios", report.scenarios().stream().map(EvidenceJson::scenario).toList());
        root.put("unknownTags", report.unknownTags());
        if (!report.twins().isEmpty()) {
            root.put("twins", report.twins().stream().map(t -> ordered("name", t.name(), "kind", t.kind().name(),
                    "requests", t.requests(), "unmatched", t.unmatched().stream()
                            .map(r -> ordered("method", r.method(), "path", r.path(), "query", r.query())).toList())).toList());
        }
        return Json.pretty(root);
    }

    private static Map<String, Object> requirement(RequirementEvidence r) {
        Map<String, Object> out = ordered("id", r.id(), "spec", r.spec(), "text", r.text());
        out.put("status", r.status().name());
        out.put("scenarios", r.scenarios());
        out.put("holdoutRounds", r.holdoutRounds());
        return out;
    }

    /** One scenario as evidence.json writes it; a shard file adds its label. */
    static Map<String, Object> scenario(ScenarioResult s) {
        Map<String, Object> out = ordered("id", s.id(), "displayName", s.displayName(), "className", s.className());
        out.put("methodName", s.methodName());
        out.put("tags", s.tags());
        out.put("status", s.status().name());
        out.put("durationMs", s.durationMs());
        out.put("failure", s.failure() == null ? null
                : ordered("type", s.failure().type(), "message", s.failure().message(), "stackTrace", s.failure().stackTrace()));
        return out;
    }

    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
