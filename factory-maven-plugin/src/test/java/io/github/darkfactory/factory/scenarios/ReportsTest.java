package io.github.darkfactory.factory.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.darkfactory.factory.scenarios.EvidenceReportTest.PRC_1;
import static io.github.darkfactory.factory.scenarios.EvidenceReportTest.PRC_2;
import static io.github.darkfactory.factory.scenarios.EvidenceReportTest.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {

    private static final ScenarioResult HOSTILE = new ScenarioResult("[engine:junit-jupiter]/[method:x()]",
            "<script>alert('x')</script> & \"q\"", "com.acme.PricingScenarios", "x", List.of("PRC-2"),
            ScenarioResult.Status.FAILED, 5,
            new ScenarioResult.Failure("java.lang.IllegalStateException", "bad <b>\u0001</b>", "trace & more"));

    private final EvidenceReport report = EvidenceReport.judge("com.acme:shop-scenarios:1.0.0", "abc", 1,
            List.of(PRC_1, PRC_2), List.of(scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"), HOSTILE));

    @Test
    void evidence_json_has_the_contract_shape_in_a_stable_order() throws Exception {
        JsonNode json = new ObjectMapper().readTree(EvidenceJson.render(report));

        assertEquals("FAILED", json.get("status").asText());
        assertEquals("abc", json.at("/scenarioArtifact/sha256").asText());
        assertEquals(List.of("requirements", "satisfied", "missing", "failed", "scenarios", "passed", "failedScenarios",
                "minEvidence"), fieldNames(json.get("summary")));
        assertEquals(1, json.at("/summary/failedScenarios").asInt());
        assertEquals("FAILED", json.at("/requirements/1/status").asText());
        assertEquals("pricing", json.at("/requirements/0/spec").asText());
        assertTrue(json.at("/scenarios/0/failure").isNull());
        assertEquals("java.lang.IllegalStateException", json.at("/scenarios/1/failure/type").asText());
        assertEquals(EvidenceJson.render(report), EvidenceJson.render(report));
    }

    @Test
    void an_unmatched_twin_request_keeps_its_query_in_json_and_html_and_is_no_failure_on_the_page() throws Exception {
        EvidenceReport twinned = report.withTwins(List.of(new io.github.darkfactory.factory.twins.TwinServed("rates",
                io.github.darkfactory.factory.twins.TwinKind.MAPPINGS, 3,
                List.of(new io.github.darkfactory.factory.twins.TwinServed.Request("GET", "/rates", "to=XX&kg=9")))));

        JsonNode json = new ObjectMapper().readTree(EvidenceJson.render(twinned));
        assertEquals("/rates", json.at("/twins/0/unmatched/0/path").asText());
        assertEquals("to=XX&kg=9", json.at("/twins/0/unmatched/0/query").asText());
        String html = EvidenceHtml.render(twinned);
        assertTrue(html.contains("<td>3</td><td><code>GET /rates?to=XX&amp;kg=9</code><br></td>"), html);
    }

    @Test
    void the_page_names_the_product_when_and_from_which_commit_it_was_built_and_each_requirements_spec_file() {
        String html = EvidenceHtml.render(report, new EvidenceHeader("Shop (com.acme:shop:1.0.0)", "2026-12-02T10:00:00Z",
                "0123abc", Map.of("pricing", "src/main/specs/pricing.md")));

        assertTrue(html.contains("<h1>Behavioural evidence of Shop (com.acme:shop:1.0.0): <span class=\"FAILED\">"), html);
        assertTrue(html.contains("<p class=\"build\">Built <time>2026-12-02T10:00:00Z</time> from commit <code>0123abc</code></p>"),
                html);
        assertTrue(html.contains("<b>PRC-1</b> empty order costs 0<br><small class=\"spec\">src/main/specs/pricing.md</small>"),
                html);
        String noGit = EvidenceHtml.render(report, new EvidenceHeader("Shop", "2026-12-02T10:00:00Z", null, Map.of()));
        assertTrue(noGit.contains("Built <time>2026-12-02T10:00:00Z</time> — not a git checkout</p>"), noGit);
        assertFalse(EvidenceHtml.render(report).contains("class=\"build\""), "no header, no build line");
    }

    @Test
    void each_requirement_shows_the_holdout_rounds_of_its_spec_in_json_and_html() throws Exception {
        EvidenceReport exposed = EvidenceReport.judge("com.acme:shop-scenarios:1.0.0", "abc", 1, List.of(PRC_1, PRC_2),
                List.of(scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1", "PRC-2")), Map.of("pricing", 3));
        JsonNode json = new ObjectMapper().readTree(EvidenceJson.render(exposed));

        assertEquals(List.of("id", "spec", "text", "status", "scenarios", "holdoutRounds"),
                fieldNames(json.at("/requirements/0")));
        assertEquals(3, json.at("/requirements/0/holdoutRounds").asInt());
        assertEquals(0, new ObjectMapper().readTree(EvidenceJson.render(report)).at("/requirements/0/holdoutRounds").asInt(),
                "a spec without feedback: 0");
        String html = EvidenceHtml.render(exposed);
        assertTrue(html.contains(">Holdout rounds</th>"), html);
        assertTrue(html.contains("<td class=\"SATISFIED\">SATISFIED</td><td>3</td>"), html);
    }

    @Test
    void evidence_html_escapes_every_text_from_a_test() {
        String html = EvidenceHtml.render(report);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
        assertTrue(html.contains("PRC-1") && html.contains("empty order costs 0"));
        assertTrue(html.contains("bad &lt;b&gt;?&lt;/b&gt;"));
    }

    @Test
    void surefire_xml_has_one_suite_per_class_with_failures_as_errors_or_failures() throws Exception {
        Map<String, String> files = SurefireXml.render(report.scenarios());

        assertEquals(List.of("TEST-com.acme.PricingScenarios.xml"), List.copyOf(files.keySet()));
        String xml = files.get("TEST-com.acme.PricingScenarios.xml");
        assertTrue(xml.contains("tests=\"2\" failures=\"0\" errors=\"1\" skipped=\"0\""), xml);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void report_files_replace_earlier_surefire_files(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("scenario-reports"));
        Files.writeString(reports.resolve("TEST-old.Gone.xml"), "<testsuite/>");

        ReportFiles.write(report, dir);

        assertTrue(Files.exists(dir.resolve("evidence.json")));
        assertTrue(Files.exists(dir.resolve("evidence.html")));
        try (var files = Files.list(reports)) {
            assertEquals(List.of("TEST-com.acme.PricingScenarios.xml"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
