package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.feedback.InvalidFeedbackException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedbackWordingTest {

    private static final Path FILE = Path.of("target/factory/feedback.json");

    @Test
    void a_missing_file_is_named_with_what_to_pass_instead() {
        assertEquals("""
                The holdout feedback file target/factory/feedback.json (-Dfactory.feedback) does not exist
                Pass the feedback.json a failed verify left in target/factory, or leave -Dfactory.feedback out to\
                 generate without feedback. Nothing was generated.""",
                FeedbackWording.render(new InvalidFeedbackException(InvalidFeedbackException.Reason.MISSING, FILE, "")));
    }

    @Test
    void a_malformed_file_says_what_is_wrong_and_the_one_shape_allowed() {
        assertEquals("""
                The holdout feedback file target/factory/feedback.json (-Dfactory.feedback) is malformed: unexpected\
                 field(s) [message]
                It must hold exactly {"round": 2, "failedRequirements": ["PRC-2"]}: the round and the ids of the failed\
                 requirements, nothing else. Nothing was generated.""",
                FeedbackWording.render(new InvalidFeedbackException(InvalidFeedbackException.Reason.MALFORMED, FILE,
                        "unexpected field(s) [message]")));
    }

    @Test
    void unknown_ids_are_listed_each_with_the_id_it_most_likely_meant() {
        assertEquals("""
                The holdout feedback file target/factory/feedback.json (-Dfactory.feedback) names requirement id(s)\
                 that no spec has: PRC-9, prc-2
                  - prc-2: did you mean PRC-2?
                List only ids of the specs' requirements (the `- PRC-1:` lines under ## Requirements); feedback from\
                 before a spec changed is stale: run the verify again for a new one. Nothing was generated.""",
                FeedbackWording.render(InvalidFeedbackException.unknownIds(FILE, List.of("PRC-9", "prc-2"),
                        Map.of("prc-2", "PRC-2"))));
    }
}
