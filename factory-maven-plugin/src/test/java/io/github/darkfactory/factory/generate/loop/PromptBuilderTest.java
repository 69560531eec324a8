package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.Capability;
import io.github.darkfactory.rules.Layer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptBuilderTest {

    static SpecJob job(Spec spec, String agentsMd) {
        return new SpecJob(spec, new SpecSet(List.of(TestSpecs.catalog(), spec)), agentsMd,
                new CompileInputs(List.of(), List.of(), "17"),
                Map.of("com/acme/shop/domain/catalog/MapCatalog.java", "package com.acme.shop.domain.catalog; // CATALOG-CODE"),
                List.of(new Layer("domain", List.of("..domain.."), List.of()),
                        new Layer("adapters", List.of("..adapters.."), List.of("domain"))),
                List.of("com.acme.shop.domain.pricing", "com.acme.shop.domain.catalog"), 4, Path.of("transcripts"), List.of());
    }

    @Test
    void gives_the_same_bytes_for_the_same_inputs_whatever_the_line_endings() {
        Spec pricing = TestSpecs.pricing();
        Spec crlf = new Spec(pricing.id(), pricing.packageName(), pricing.layer(), pricing.dependsOn(), pricing.capabilities(), pricing.file(),
                pricing.text().replace("\n", "\r\n"), pricing.contracts(), pricing.requirements());

        String first = PromptBuilder.user(job(pricing, "Use records.\n"), null);

        assertEquals(first, PromptBuilder.user(job(TestSpecs.pricing(), "Use records.\n"), null));
        assertEquals(first, PromptBuilder.user(job(crlf, "Use records.\r\n"), null));
        assertFalse(first.contains("\r"));
    }

    @Test
    void holds_the_spec_and_the_contracts_of_its_dependencies_but_nothing_else_of_other_specs() {
        String prompt = PromptBuilder.user(job(TestSpecs.pricing(), null), null);

        assertTrue(prompt.contains(TestSpecs.pricing().text()), "the whole spec text");
        assertTrue(prompt.contains("### Contracts of spec `catalog`"));
        assertTrue(prompt.contains(TestSpecs.CATALOG_CONTRACT));
        assertFalse(prompt.contains("CATALOG-SECRET-PROSE"), "catalog's prose is not a contract");
        assertFalse(prompt.contains("CAT-1"), "catalog's requirements are not a contract");
        assertFalse(prompt.contains("CATALOG-CODE"), "other specs' generated code stays out");
        assertFalse(prompt.contains("AGENTS.md"), "no guidelines section without an AGENTS.md");
    }

    @Test
    void states_the_architecture_rules_and_the_project_guidelines() {
        String prompt = PromptBuilder.user(job(TestSpecs.pricing(), "Prefer immutable values.\n"), null);

        assertTrue(prompt.contains("## Project guidelines (AGENTS.md)\n\n```markdown\nPrefer immutable values.\n```"), prompt);
        assertTrue(prompt.contains("layer `domain` (packages ..domain..) may use no other layer — this spec's package is in this layer"), prompt);
        assertTrue(prompt.contains("layer `adapters` (packages ..adapters..) may use domain\n"), prompt);
        assertTrue(prompt.contains("No System.out, System.err or printStackTrace"));
        assertTrue(prompt.contains("No dependency cycles between the packages of the specs (com.acme.shop.domain.catalog, com.acme.shop.domain.pricing)"));
        assertTrue(prompt.contains("references no test class"));
    }

    @Test
    void tells_the_model_its_capabilities_and_that_every_other_one_is_forbidden() {
        Spec pricing = TestSpecs.pricing();
        Spec granted = new Spec(pricing.id(), pricing.packageName(), pricing.layer(), pricing.dependsOn(),
                Set.of(Capability.THREADS, Capability.NETWORK), pricing.file(), pricing.text(), pricing.contracts(),
                pricing.requirements());

        String none = PromptBuilder.user(job(pricing, null), null);
        String some = PromptBuilder.user(job(granted, null), null);

        assertTrue(none.contains("- Capabilities: this spec grants none. Everything else is forbidden in package"
                + " `com.acme.shop.domain.pricing`:\n  - network: sockets, URLs, HTTP clients and servers, DNS lookups\n"), none);
        assertTrue(none.contains("  - native: native libraries, native methods and the foreign function and memory API\n"), none);
        assertTrue(some.contains("- Capabilities: this spec grants network, threads: its code may use their JDK APIs."
                + " Everything else is forbidden in package `com.acme.shop.domain.pricing`:\n  - files: "), some);
        assertFalse(some.contains("  - network:") || some.contains("  - threads:"), some);
        assertTrue(none.contains("Never look at the stack (StackWalker, getStackTrace") && none.contains("No capability grants this."), none);
    }

    @Test
    void feeds_back_the_previous_files_and_every_problem_with_its_remediation() {
        Attempt previous = new Attempt(1,
                List.of(new AnswerFile("com/acme/shop/domain/pricing/Impl.java", "class Impl { int x = \"a\"; }\n", 3)),
                List.of(new LoopProblem(LoopProblem.Check.COMPILE, "com/acme/shop/domain/pricing/Impl.java:1", "incompatible types",
                                SpecGenerator.COMPILE_FIX),
                        new LoopProblem(LoopProblem.Check.PATH, "### ../Evil.java", "'..' is not allowed", "write it under x/")));

        String prompt = PromptBuilder.user(job(TestSpecs.pricing(), null), previous);

        assertTrue(prompt.contains("## Your previous answer (iteration 1)\n\n### com/acme/shop/domain/pricing/Impl.java\n```java\nclass Impl { int x = \"a\"; }\n```"), prompt);
        assertTrue(prompt.contains("1. [compile] com/acme/shop/domain/pricing/Impl.java:1: incompatible types — fix: "
                + SpecGenerator.COMPILE_FIX), prompt);
        assertTrue(prompt.contains("2. [path] ### ../Evil.java: '..' is not allowed — fix: write it under x/"), prompt);
    }

    @Test
    void keeps_a_spec_with_embedded_fences_readable() {
        String prompt = PromptBuilder.user(job(TestSpecs.pricing(), null), null);

        assertTrue(prompt.contains("## The spec\n\n````markdown\n---\nid: pricing"), "a longer fence wraps the spec's own ``` blocks");
    }

    @Test
    void system_prompt_states_the_protocol_and_where_files_may_go() {
        String system = PromptBuilder.system(TestSpecs.pricing());

        assertTrue(system.contains("`### <path relative to the output directory>`"));
        assertTrue(system.contains("```java"));
        assertTrue(system.contains("`com/acme/shop/domain/pricing/`"));
        assertTrue(system.contains("never write, change or redeclare a contract type"));
        assertTrue(system.contains("only through their contracts"));
    }

    private static SpecJob withHoldout(HoldoutFailures holdout) {
        SpecJob plain = job(TestSpecs.pricing(), null);
        return new SpecJob(plain.spec(), plain.specSet(), plain.agentsMd(), plain.compileInputs(), plain.otherSpecsCode(),
                plain.layers(), plain.specPackages(), plain.maxIterations(), plain.transcriptsDir(), plain.teamRules(),
                holdout, null);
    }

    @Test
    void holdout_feedback_adds_per_failed_requirement_its_text_and_the_fixed_sentence_and_shows_the_previous_code() {
        Spec pricing = TestSpecs.pricing();
        String previousCode = "package com.acme.shop.domain.pricing.impl;\npublic class SumCalculator { /* PREVIOUS-CODE */ }\n";
        String prompt = PromptBuilder.user(withHoldout(new HoldoutFailures(pricing.requirements(),
                Map.of("com/acme/shop/domain/pricing/impl/SumCalculator.java", previousCode))), null);

        String section = prompt.substring(prompt.indexOf("## Hidden acceptance scenarios that failed"));
        assertTrue(section.startsWith("## Hidden acceptance scenarios that failed\n\n"
                + "- PRC-1: WHEN the order has no lines THEN the total SHALL be 0.\n"
                + "  A hidden acceptance scenario for PRC-1 failed against the previous implementation shown below;"
                + " change the implementation so that the requirement holds.\n\n"
                + "## The previous implementation\n\n"
                + "### com/acme/shop/domain/pricing/impl/SumCalculator.java\n```java\n" + previousCode + "```\n"), section);
        assertEquals(PromptBuilder.HOLDOUT_SENTENCE.formatted("PRC-1"), section.lines().skip(3).findFirst().orElseThrow().strip());
    }

    @Test
    void without_holdout_feedback_the_prompt_is_the_same_as_before_so_the_prompt_version_stays() {
        String plain = PromptBuilder.user(job(TestSpecs.pricing(), null), null);

        assertEquals(plain, PromptBuilder.user(withHoldout(HoldoutFailures.NONE), null));
        assertFalse(plain.contains("hidden acceptance scenario"), plain);
        assertEquals("2", PromptBuilder.PROMPT_VERSION);
    }
}
