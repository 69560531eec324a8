package io.github.darkfactory.factory.feedback;

import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedbackTargetsTest {

    @TempDir
    Path dir;

    private static Spec spec(String id, String... requirementIds) {
        List<Requirement> requirements = java.util.Arrays.stream(requirementIds)
                .map(r -> new Requirement(r, "WHEN " + r + " THEN it SHALL hold", id, 10)).toList();
        return new Spec(id, "com.acme." + id, null, List.of(), Set.of(), Path.of(id + ".md"), "text", List.of(), requirements);
    }

    private final SpecSet specs = new SpecSet(List.of(spec("pricing", "PRC-1", "PRC-2"), spec("catalog", "CAT-1")));

    private Path feedback(String json) throws Exception {
        return Files.writeString(dir.resolve("feedback.json"), json);
    }

    @Test
    void each_listed_id_goes_to_the_spec_that_owns_it_with_its_text() throws Exception {
        FeedbackTargets targets = FeedbackTargets.read(feedback("{\"round\": 2, \"failedRequirements\": [\"PRC-2\"]}"), specs);

        assertEquals(Set.of("pricing"), targets.specIds());
        assertEquals(List.of("PRC-2"), targets.of("pricing").stream().map(Requirement::id).toList());
        assertEquals("WHEN PRC-2 THEN it SHALL hold", targets.of("pricing").get(0).text());
        assertEquals(List.of(), targets.of("catalog"));
    }

    @Test
    void ids_of_no_spec_are_unknown_each_with_the_id_it_most_likely_meant() throws Exception {
        Path file = feedback("{\"round\": 2, \"failedRequirements\": [\"prc-2\", \"CAT-1\", \"ZZZ-99\"]}");

        InvalidFeedbackException e = assertThrows(InvalidFeedbackException.class, () -> FeedbackTargets.read(file, specs));

        assertEquals(InvalidFeedbackException.Reason.UNKNOWN_IDS, e.reason());
        assertEquals(file, e.file());
        assertEquals("ZZZ-99, prc-2", e.detail());
        assertEquals(Map.of("prc-2", "PRC-2"), e.nearest());
    }

    @Test
    void a_malformed_file_fails_before_any_id_is_looked_up() throws Exception {
        Path file = feedback("{\"round\": 2, \"failedRequirements\": [\"PRC-2\"], \"message\": \"expected 3\"}");

        InvalidFeedbackException e = assertThrows(InvalidFeedbackException.class, () -> FeedbackTargets.read(file, specs));

        assertEquals(InvalidFeedbackException.Reason.MALFORMED, e.reason());
    }
}
