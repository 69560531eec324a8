package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StepSummaryTest {

    @Test
    void requirement_text_renders_inline_code_and_bold_and_escapes_the_rest() {
        assertEquals("returns <code>total &lt; 0</code> <b>never</b> *once*",
                Markup.inlineMarkdown("returns `total < 0` **never** *once*"));
    }

    @Test
    void shows_the_verdict_the_counts_and_one_row_per_requirement_without_evidence() {
        EvidenceReport report = new EvidenceReport("com.acme:shop-scenarios:1.0.0", "ab", 1, List.of(
                new RequirementEvidence("PRC-1", "pricing", "an empty order costs 0", RequirementEvidence.Status.SATISFIED, List.of()),
                new RequirementEvidence("PRC-2", "pricing", "a | in the text", RequirementEvidence.Status.FAILED, List.of()),
                new RequirementEvidence("CAT-1", "catalog", "finds a product", RequirementEvidence.Status.MISSING, List.of())),
                List.of(), List.of());

        assertEquals("""
                ### Behavioural evidence: FAILED

                Scenarios of `com.acme:shop-scenarios:1.0.0`: 0 run, 0 passed, 0 failed.
                Requirements: 3, satisfied 1, missing 1, failed 1.

                | Requirement | Spec | Status | Text |
                |---|---|---|---|
                | PRC-2 | pricing | FAILED | a \\| in the text |
                | CAT-1 | catalog | MISSING | finds a product |

                """, StepSummary.markdown(report));
    }
}
