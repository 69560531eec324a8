package io.github.darkfactory.factory.spec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpecTextTest {

    @Test
    void normalizes_crlf_and_lone_cr_to_lf() {
        assertEquals("a\nb\nc\n\nd", SpecText.normalized("a\r\nb\rc\n\r\nd"));
    }

    @Test
    void leaves_lf_text_unchanged() {
        assertEquals("a\nb\n", SpecText.normalized("a\nb\n"));
    }

    @Test
    void lines_drop_a_byte_order_mark_and_keep_a_last_empty_line() {
        assertEquals(List.of("---", "id: x", ""), SpecText.lines("\uFEFF---\r\nid: x\r\n"));
    }
}
