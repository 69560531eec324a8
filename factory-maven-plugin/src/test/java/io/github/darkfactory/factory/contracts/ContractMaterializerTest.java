package io.github.darkfactory.factory.contracts;

import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractMaterializerTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path root;

    @Test
    void writes_each_contract_under_its_package_path() throws IOException {
        Path result = ContractMaterializer.materialize(specs(
                unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\npublic interface Calculator {}\n"),
                unit("com.acme.pricing.api", "Line", "package com.acme.pricing.api;\npublic record Line() {}\n")), root);

        assertEquals(root, result);
        assertEquals("package com.acme.pricing;\npublic interface Calculator {}\n",
                Files.readString(root.resolve("com/acme/pricing/Calculator.java")));
        assertTrue(Files.isRegularFile(root.resolve("com/acme/pricing/api/Line.java")));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void leaves_an_unchanged_file_and_its_timestamp_alone() throws IOException {
        ContractUnit calculator = unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\ninterface Calculator {}\n");
        ContractMaterializer.materialize(specs(calculator), root);
        Path file = root.resolve("com/acme/pricing/Calculator.java");
        Files.setLastModifiedTime(file, LONG_AGO);

        ContractMaterializer.materialize(specs(calculator), root);

        assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
    }

    @Test
    void rewrites_a_file_whose_content_changed() throws IOException {
        ContractMaterializer.materialize(specs(unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\ninterface Calculator {}\n")), root);
        Path file = root.resolve("com/acme/pricing/Calculator.java");
        Files.setLastModifiedTime(file, LONG_AGO);

        ContractMaterializer.materialize(specs(unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\ninterface Calculator { int x(); }\n")), root);

        assertEquals("package com.acme.pricing;\ninterface Calculator { int x(); }\n", Files.readString(file));
        assertTrue(Files.getLastModifiedTime(file).compareTo(LONG_AGO) > 0);
    }

    @Test
    void deletes_files_and_empty_directories_no_spec_declares_any_more() throws IOException {
        ContractMaterializer.materialize(specs(
                unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\ninterface Calculator {}\n"),
                unit("com.acme.old", "Gone", "package com.acme.old;\ninterface Gone {}\n")), root);
        Files.writeString(root.resolve("com/acme/pricing/Stray.java"), "class Stray {}");

        ContractMaterializer.materialize(specs(unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\ninterface Calculator {}\n")), root);

        assertTrue(Files.exists(root.resolve("com/acme/pricing/Calculator.java")));
        assertFalse(Files.exists(root.resolve("com/acme/pricing/Stray.java")));
        assertFalse(Files.exists(root.resolve("com/acme/old")));
    }

    @Test
    void an_empty_spec_set_leaves_an_empty_root() throws IOException {
        ContractMaterializer.materialize(specs(unit("com.acme.pricing", "Calculator", "package com.acme.pricing;\ninterface Calculator {}\n")), root);

        ContractMaterializer.materialize(new SpecSet(List.of()), root);

        assertTrue(Files.isDirectory(root));
        try (Stream<Path> entries = Files.list(root)) {
            assertEquals(0, entries.count());
        }
    }

    private static ContractUnit unit(String packageName, String type, String source) {
        return new ContractUnit(packageName, List.of(type), source, 1);
    }

    private static SpecSet specs(ContractUnit... units) {
        return new SpecSet(List.of(new Spec("pricing", "com.acme.pricing", null, List.of(), Set.of(), Path.of("pricing.md"), "",
                List.of(units), List.of())));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
