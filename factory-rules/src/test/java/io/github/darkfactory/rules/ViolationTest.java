package io.github.darkfactory.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViolationTest {

    private static final Violation AT_A_LINE = new Violation("no-standard-streams", "com.acme.A", "A.java", 12,
            "Method <com.acme.A.run()> calls System.out", "it bypasses logging", "log instead");

    @Test
    void a_violation_with_a_source_file_is_located_by_class_file_and_line() {
        assertEquals("com.acme.A (A.java:12)", AT_A_LINE.location());
    }

    @Test
    void a_violation_without_a_source_file_is_located_by_its_class_alone() {
        Violation noSource = new Violation("layers", "com.acme.B", null, 0, "d", "w", "f");
        assertEquals("com.acme.B", noSource.location());
    }

    @Test
    void a_violation_of_a_rule_about_the_class_itself_is_located_by_class_and_file_without_a_line() {
        Violation wholeClass = new Violation("acme-final-classes", "com.acme.C", "C.java", 0, "d", "w", "f");
        assertEquals("com.acme.C (C.java)", wholeClass.location());
    }

    @Test
    void renders_rule_location_description_why_and_fix_on_one_line() {
        assertEquals("[no-standard-streams] com.acme.A (A.java:12): Method <com.acme.A.run()> calls System.out"
                + " — why: it bypasses logging — fix: log instead", AT_A_LINE.render());
    }
}
