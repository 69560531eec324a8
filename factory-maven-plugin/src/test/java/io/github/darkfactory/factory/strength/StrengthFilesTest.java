package io.github.darkfactory.factory.strength;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrengthFilesTest {

    @Test
    void the_strength_section_goes_before_the_end_of_the_page_and_replaces_an_earlier_one() {
        String page = "<html><body><h1>Evidence</h1>\n</body></html>\n";

        String once = StrengthFiles.withSection(page, "<p>first</p>\n");
        String twice = StrengthFiles.withSection(once, "<p>second</p>\n");

        assertEquals("<html><body><h1>Evidence</h1>\n" + StrengthFiles.SECTION_START + "\n<p>second</p>\n"
                + StrengthFiles.SECTION_END + "\n</body></html>\n", twice);
    }
}
