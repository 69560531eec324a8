package io.github.darkfactory.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule pages list every API the rules check, so the docs cannot drift from the catalogue. */
class HarnessRulesDocsTest {

    private static final Path RULES_DOCS = Path.of("..", "docs", "rules");

    @Test
    void the_capabilities_page_lists_every_api_of_every_capability() throws IOException {
        String page = Files.readString(RULES_DOCS.resolve("capabilities.md"));

        List<String> missing = Arrays.stream(Capability.values())
                .flatMap(c -> c.apis().stream().map(api -> c.id() + ": " + api))
                .filter(entry -> !page.contains("`" + entry.substring(entry.indexOf(": ") + 2) + "`"))
                .toList();

        assertEquals(List.of(), missing);
        Arrays.stream(Capability.values()).forEach(c ->
                assertTrue(page.contains("### `" + c.id() + "` — " + c.summary()), c::id));
    }

    @Test
    void the_no_evidence_gaming_page_lists_every_forbidden_api() throws IOException {
        String page = Files.readString(RULES_DOCS.resolve("no-evidence-gaming.md"));

        assertEquals(List.of(), EvidenceGamingApis.documented().stream().filter(api -> !page.contains("`" + api + "`")).toList());
    }
}
