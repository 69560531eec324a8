package io.github.darkfactory.factory.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LockClassesTest {

    @Test
    void each_spec_gets_the_classes_of_its_java_files_and_no_lock_gives_none(@TempDir Path dir) throws Exception {
        Path lock = dir.resolve("factory.lock.json");
        Files.writeString(lock, """
                {"formatVersion": 1, "specs": {"pricing": {"files": {
                  "com/acme/pricing/Calculator.java": "00", "META-INF/services/com.acme.Price": "00"}}}}
                """);

        assertEquals(Map.of("pricing", List.of("com.acme.pricing.Calculator")), LockClasses.bySpec(lock.toFile()));
        assertEquals(Map.of(), LockClasses.bySpec(dir.resolve("none.json").toFile()));
    }
}
