package io.github.darkfactory.factory.generate.loop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerParserTest {

    @Test
    void reads_files_in_the_protocol_with_prose_between_them() {
        ParsedAnswer answer = AnswerParser.parse("""
                Here is the implementation.

                ### com/acme/A.java
                ```java
                package com.acme;
                class A { }
                ```

                And a helper:
                ### com/acme/B.java
                ```java
                package com.acme;
                class B { }
                ```
                """);

        assertEquals(List.of(), answer.problems());
        assertEquals(List.of(new AnswerFile("com/acme/A.java", "package com.acme;\nclass A { }\n", 3),
                new AnswerFile("com/acme/B.java", "package com.acme;\nclass B { }\n", 10)), answer.files());
    }

    @Test
    void tolerates_small_variations_of_the_heading_and_fence() {
        ParsedAnswer answer = AnswerParser.parse(String.join("\r\n",
                "## `com/acme/A.java`", "```", "class A { }", "```",
                "#### **File:** `./com/acme/B.java`", "", "````Java", "class B { }", "````",
                "### \"com/acme/C.java\":", "```java", "class C { }", "```", ""));

        assertEquals(List.of(), answer.problems());
        assertEquals(List.of("com/acme/A.java", "com/acme/B.java", "com/acme/C.java"),
                answer.files().stream().map(AnswerFile::path).toList());
        assertEquals("class B { }\n", answer.files().get(1).content(), "CRLF becomes LF");
    }

    @Test
    void takes_the_path_from_a_leading_comment_when_a_block_has_no_heading() {
        ParsedAnswer answer = AnswerParser.parse("""
                ```java
                // com/acme/A.java
                package com.acme;
                class A { }
                ```
                """);

        assertEquals(List.of(new AnswerFile("com/acme/A.java", "// com/acme/A.java\npackage com.acme;\nclass A { }\n", 2)),
                answer.files());
    }

    @Test
    void reports_a_java_block_without_a_path() {
        ParsedAnswer answer = AnswerParser.parse("""
                ### Implementation notes
                ```java
                class A { }
                ```
                """);

        assertEquals(List.of(), answer.files());
        assertEquals("a code block has no file path before it", answer.problems().get(0).message());
    }

    @Test
    void reports_an_answer_without_files_and_restates_the_protocol() {
        ParsedAnswer answer = AnswerParser.parse("I cannot do that.");

        assertEquals(1, answer.problems().size());
        LoopProblem problem = answer.problems().get(0);
        assertEquals("no files found", problem.message());
        assertTrue(problem.remediation().contains("### <path"), problem.remediation());
    }

    @Test
    void reports_a_block_that_is_cut_off_and_a_file_given_twice() {
        ParsedAnswer answer = AnswerParser.parse("""
                ### com/acme/A.java
                ```java
                class A { }
                ```
                ### com/acme/A.java
                ```java
                class A { int x; }
                ```
                ### com/acme/B.java
                ```java
                class B {
                """);

        assertEquals(List.of("com/acme/A.java"), answer.files().stream().map(AnswerFile::path).toList());
        assertEquals(List.of("the file is given twice",
                        "the code block opened at answer line 10 is never closed (answer cut off?)"),
                answer.problems().stream().map(LoopProblem::message).toList());
    }

    @Test
    void ignores_non_java_blocks_without_a_path() {
        ParsedAnswer answer = AnswerParser.parse("""
                Output looks like:
                ```text
                total: 0
                ```
                ### com/acme/A.java
                ```java
                class A { }
                ```
                """);

        assertEquals(List.of(), answer.problems());
        assertEquals(1, answer.files().size());
    }
}
