package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScenarioPinTest {

    private static final ScenarioCoordinates JAR = ScenarioCoordinates.parse("com.acme:shop-scenarios:1.0.0").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void a_placeholder_pin_is_reported_as_malformed_before_the_jar_is_read() {
        ScenarioFailure e = assertThrows(ScenarioFailure.class,
                () -> ScenarioPin.check(JAR, "9f2c…", false, dir.resolve("absent.jar"), FactoryLog.SILENT));
        assertEquals(ScenarioFailure.Reason.MALFORMED_PIN, e.reason());
        assertDoesNotThrow(() -> ScenarioPin.checkFormat(JAR, "AB".repeat(32)), "upper case is a digest too");
        assertDoesNotThrow(() -> ScenarioPin.checkFormat(JAR, ""), "no pin is the scenarios goal's business");
    }

    @Test
    void a_wrong_digest_is_a_mismatch_and_the_right_one_passes() throws Exception {
        Path jar = Files.writeString(dir.resolve("s.jar"), "jar bytes");
        String actual = Sha256.of(jar);
        assertEquals(ScenarioFailure.Reason.DIGEST_MISMATCH, assertThrows(ScenarioFailure.class,
                () -> ScenarioPin.check(JAR, "0".repeat(64), false, jar, FactoryLog.SILENT)).reason());
        assertEquals(actual, ScenarioPin.check(JAR, " " + actual.toUpperCase() + " ", false, jar, FactoryLog.SILENT));
        assertEquals(ScenarioFailure.Reason.UNPINNED, assertThrows(ScenarioFailure.class,
                () -> ScenarioPin.check(JAR, null, false, jar, FactoryLog.SILENT)).reason());
    }
}
