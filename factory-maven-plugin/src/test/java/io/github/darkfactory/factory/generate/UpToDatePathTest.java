package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecLoader;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CI path as the goal runs it: parse 500 spec files, materialize contracts, check the lock. */
class UpToDatePathTest {

    @TempDir
    Path base;

    @Test
    void five_hundred_committed_specs_are_loaded_and_found_up_to_date_without_a_model() throws Exception {
        Path specsDir = Files.createDirectories(base.resolve("src/main/specs"));
        for (int i = 0; i < 500; i++) {
            Files.writeString(specsDir.resolve("s" + i + ".md"), "---\nid: s" + i + "\npackage: com.acme.s" + i
                    + "\n---\n# Spec " + i + "\n\n## Contract\n```java\npackage com.acme.s" + i
                    + ";\npublic interface Api { int value(); }\n```\n\n## Requirements\n- S" + i + "-1: WHEN asked THEN value SHALL be 1.\n");
        }
        Path output = base.resolve("src/factory/java");
        Map<String, LockEntry> entries = new TreeMap<>();
        SpecSet loaded = SpecLoader.load(specsDir, List.of());
        for (Spec spec : loaded.specs()) {
            String path = spec.packageName().replace('.', '/') + "/Impl.java";
            byte[] code = ("package " + spec.packageName() + ";\npublic class Impl implements Api { public int value() { return 1; } }\n")
                    .getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(output.resolve(path).getParent());
            Files.write(output.resolve(path), code);
            entries.put(spec.id(), new LockEntry(InputHash.of(spec, loaded), new LockEntry.ModelRef("openai", "m"), "1", 1,
                    new LockEntry.Tokens(1, 1), Map.of(path, Sha256.hex(code)),
                    Map.of(spec.packageName() + ".Api", spec.packageName() + ".Impl")));
        }
        Files.write(base.resolve("factory.lock.json"), LockFile.render(Lock.of(entries)));

        // speed is measured by src/bench/run-generate-bench.sh, never asserted here; the lock vouches
        // for every contract, so javac parses none (what the goal does on an up-to-date project)
        LockPreload lockPreload = LockPreload.readInBackground(base.resolve("factory.lock.json"), () -> { });
        SpecSet specs = SpecLoader.load(specsDir, List.of(), lockPreload);
        ContractMaterializer.materialize(specs, base.resolve("target/generated-sources/factory-contracts"));
        GenerateSummary summary = new Generation(new GenerateRequest(specs, List.of(), output,
                base.resolve("src/factory/resources"), base.resolve("src/main/resources"), base.resolve("factory.lock.json"),
                base.resolve("target/factory/transcripts"), new CompileInputs(List.of(), List.of(), "17"), null, null, false,
                ModelAccess.refused(Fixtures.REFUSED), 4, 4, ConcurrentHashMap.newKeySet(), null, List.of()), lockPreload, FactoryLog.SILENT, Interruption.NONE).run();
        assertEquals(500, summary.upToDate().size());
    }
}
