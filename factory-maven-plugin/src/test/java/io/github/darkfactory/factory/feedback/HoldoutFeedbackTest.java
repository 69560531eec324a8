package io.github.darkfactory.factory.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldoutFeedbackTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenFileReadsBackWithItsIdsSortedAndOnlyTwoFields() throws Exception {
        Path file = dir.resolve(HoldoutFeedback.FILE_NAME);
        new HoldoutFeedback(2, List.of("PRC-2", "CAT-1", "PRC-2")).write(file);

        assertEquals("{\n  \"round\": 2,\n  \"failedRequirements\": [\n    \"CAT-1\",\n    \"PRC-2\"\n  ]\n}\n",
                Files.readString(file));
        assertEquals(new HoldoutFeedback(2, List.of("CAT-1", "PRC-2")), HoldoutFeedback.read(file));
    }

    @Test
    void aMissingFileIsReportedAsMissing() {
        InvalidFeedbackException e = assertThrows(InvalidFeedbackException.class,
                () -> HoldoutFeedback.read(dir.resolve("nowhere.json")));
        assertEquals(InvalidFeedbackException.Reason.MISSING, e.reason());
    }

    @Test
    void malformedFilesSayWhatIsWrong() throws Exception {
        assertMalformed("{\"round\": 2", "");
        assertMalformed("[]", "no JSON object");
        assertMalformed("{\"round\": 0, \"failedRequirements\": [\"A-1\"]}", "\"round\" must be");
        assertMalformed("{\"round\": 2, \"failedRequirements\": []}", "non-empty list");
        assertMalformed("{\"round\": 2, \"failedRequirements\": [3]}", "holds 3");
        assertMalformed("{\"round\": 2, \"failedRequirements\": [\"A-1\"], \"message\": \"expected 10\"}",
                "unexpected field(s) [message]");
    }

    private void assertMalformed(String json, String detailPart) throws Exception {
        Path file = Files.writeString(dir.resolve("feedback.json"), json);
        InvalidFeedbackException e = assertThrows(InvalidFeedbackException.class, () -> HoldoutFeedback.read(file));
        assertEquals(InvalidFeedbackException.Reason.MALFORMED, e.reason());
        assertTrue(e.detail().contains(detailPart), e.detail());
    }
}
