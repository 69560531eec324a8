package io.github.darkfactory.factory.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestClassNamesTest {

    @Test
    void lists_the_classes_of_a_directory_and_a_jar_but_not_module_or_package_infos(@TempDir Path dir) throws Exception {
        Path testClasses = dir.resolve("test-classes");
        Files.createDirectories(testClasses.resolve("com/x"));
        Files.writeString(testClasses.resolve("com/x/HelperTest.class"), "");
        Files.writeString(testClasses.resolve("com/x/HelperTest$Nested.class"), "");
        Files.writeString(testClasses.resolve("com/x/fixture.json"), "");
        Path jar = dir.resolve("testkit.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String entry : List.of("module-info.class", "org/kit/Kit.class", "org/kit/package-info.class",
                    "META-INF/versions/11/org/kit/Kit11.class", "META-INF/MANIFEST.MF")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.closeEntry();
            }
        }

        Set<String> names = TestClassNames.scan(List.of(testClasses, jar, dir.resolve("absent")));

        assertEquals(Set.of("com.x.HelperTest", "com.x.HelperTest$Nested", "org.kit.Kit", "org.kit.Kit11"), names);
    }
}
