package io.github.darkfactory.factory.generate.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaCompilationTest {

    @TempDir
    Path temp;

    @Test
    void reports_an_error_with_the_relative_file_and_its_line() {
        CompileResult result = JavaCompilation.compile(Map.of("com/acme/Broken.java", """
                package com.acme;
                public class Broken {
                    int size() {
                        return "text";
                    }
                }
                """), new CompileInputs(List.of(), List.of(), "17"));

        assertFalse(result.success());
        assertEquals(1, result.errors().size(), result.errors().toString());
        CompileError error = result.errors().get(0);
        assertEquals("com/acme/Broken.java", error.file());
        assertEquals(4, error.line());
        assertTrue(error.message().contains("incompatible types"), error.message());
        assertTrue(result.classes().isEmpty());
    }

    @Test
    void compiles_against_a_source_root_without_emitting_its_classes() throws IOException {
        Path contracts = temp.resolve("contracts");
        Files.createDirectories(contracts.resolve("com/acme/api"));
        Files.writeString(contracts.resolve("com/acme/api/Greeter.java"),
                "package com.acme.api;\npublic interface Greeter { String greet(String name); }\n");

        CompileResult result = JavaCompilation.compile(Map.of("com/acme/impl/Hello.java", """
                package com.acme.impl;
                public class Hello implements com.acme.api.Greeter {
                    public String greet(String name) { return "Hello " + name; }
                    static final class Helper { }
                }
                """), new CompileInputs(List.of(), List.of(contracts), "17"));

        assertTrue(result.success(), result.errors().toString());
        assertEquals(List.of("com.acme.impl.Hello", "com.acme.impl.Hello$Helper"),
                result.classes().stream().map(ClassFile::className).toList());
        assertEquals("com/acme/impl/Hello.java", result.classes().get(0).sourceFile());
        assertEquals(List.of(new TopLevelType("com.acme.impl.Hello", "com/acme/impl/Hello.java", true,
                List.of("com.acme.api.Greeter"))), result.types());
    }

    @Test
    void names_an_error_inside_a_source_root_relative_to_that_root() throws IOException {
        Path root = temp.resolve("src");
        Files.createDirectories(root.resolve("com/acme"));
        Files.writeString(root.resolve("com/acme/Bad.java"), "package com.acme;\npublic class Bad { int x = ; }\n");

        CompileResult result = JavaCompilation.compile(
                Map.of("com/acme/Uses.java", "package com.acme;\nclass Uses { Bad bad; }\n"),
                new CompileInputs(List.of(), List.of(root), "17"));

        assertFalse(result.success());
        assertEquals("com/acme/Bad.java", result.errors().get(0).file());
        assertEquals(2, result.errors().get(0).line());
    }

    @Test
    void compiles_against_an_in_memory_source_path_without_emitting_its_classes() {
        CompileResult result = JavaCompilation.compile(
                Map.of("com/acme/impl/Hello.java", """
                        package com.acme.impl;
                        public class Hello { String greet() { return new com.acme.other.Names().first(); } }
                        """),
                Map.of("com/acme/other/Names.java", """
                        package com.acme.other;
                        public class Names { public String first() { return "Ada"; } }
                        """),
                new CompileInputs(List.of(), List.of(), "17"), null);

        assertTrue(result.success(), result.errors().toString());
        assertEquals(List.of("com.acme.impl.Hello"), result.classes().stream().map(ClassFile::className).toList());
        assertEquals(List.of("com.acme.impl.Hello"), result.types().stream().map(TopLevelType::className).toList());
    }

    @Test
    void reads_an_in_memory_source_path_file_only_when_it_is_referenced() {
        Map<String, String> broken = Map.of("com/acme/other/Broken.java",
                "package com.acme.other;\npublic class Broken { int x = ; }\n");

        CompileResult unreferenced = JavaCompilation.compile(
                Map.of("com/acme/impl/Alone.java", "package com.acme.impl;\nclass Alone { }\n"),
                broken, new CompileInputs(List.of(), List.of(), "17"), null);
        CompileResult referenced = JavaCompilation.compile(
                Map.of("com/acme/impl/Uses.java", "package com.acme.impl;\nclass Uses { com.acme.other.Broken b; }\n"),
                broken, new CompileInputs(List.of(), List.of(), "17"), null);

        assertTrue(unreferenced.success(), unreferenced.errors().toString());
        assertFalse(referenced.success());
        assertEquals("com/acme/other/Broken.java", referenced.errors().get(0).file());
        assertEquals(2, referenced.errors().get(0).line());
    }

    @Test
    void finds_in_memory_source_path_types_through_an_on_demand_import() {
        CompileResult result = JavaCompilation.compile(
                Map.of("com/acme/impl/Hello.java", """
                        package com.acme.impl;
                        import com.acme.other.*;
                        class Hello { Names names = new Names(); }
                        """),
                Map.of("com/acme/other/Names.java", "package com.acme.other;\npublic class Names { }\n"),
                new CompileInputs(List.of(), List.of(), "17"), null);

        assertTrue(result.success(), result.errors().toString());
    }

    @Test
    void compiles_a_given_source_rather_than_its_source_path_twin() {
        CompileResult result = JavaCompilation.compile(
                Map.of("p/A.java", "package p;\npublic class A { int ok() { return 1; } }\n"),
                Map.of("p/A.java", "package p;\npublic class A { int broken() { return \"x\"; } }\n"),
                new CompileInputs(List.of(), List.of(), "17"), null);

        assertTrue(result.success(), result.errors().toString());
        assertEquals(List.of("p.A"), result.classes().stream().map(ClassFile::className).toList());
    }

    @Test
    void compiles_at_the_requested_release() {
        CompileResult result = JavaCompilation.compile(Map.of("a/UsesNewApi.java", """
                package a;
                class UsesNewApi { Object first(java.util.List<String> l) { return l.getFirst(); } }
                """), new CompileInputs(List.of(), List.of(), "17"));

        assertFalse(result.success(), "List.getFirst() exists only from Java 21");
        assertTrue(result.errors().get(0).message().contains("getFirst"), result.errors().toString());
    }

    @Test
    void compiles_at_an_older_release_against_that_release_api_only() {
        CompileResult result = JavaCompilation.compile(Map.of("a/UsesToList.java", """
                package a;
                class UsesToList { Object all(java.util.stream.Stream<String> s) { return s.toList(); } }
                """), new CompileInputs(List.of(), List.of(), "11"));

        assertFalse(result.success(), "Stream.toList() exists only from Java 16");
        assertTrue(result.errors().get(0).message().contains("toList"), result.errors().toString());
    }

    @Test
    void compiles_at_the_running_jdks_own_release_against_its_own_modules_without_ct_sym() {
        String running = Integer.toString(Runtime.version().feature());

        CompileResult result = JavaCompilation.compile(Map.of("a/UsesToList.java", """
                package a;
                class UsesToList { Object all(java.util.stream.Stream<String> s) { return s.toList(); } }
                """), new CompileInputs(List.of(), List.of(), running));

        assertTrue(result.success(), result.errors().toString());
        assertEquals(List.of(), JavaCompilation.releaseOptions(running));
        assertEquals(List.of("--release", "11"), JavaCompilation.releaseOptions(" 11 "));
        assertEquals(List.of(), JavaCompilation.releaseOptions(null));
    }

    @Test
    void tells_service_providers_from_other_top_level_types() {
        CompileResult result = JavaCompilation.compile(Map.of(
                "p/Api.java", "package p;\npublic interface Api { }\n",
                "p/Sub.java", "package p;\npublic interface Sub extends Api { }\n",
                "p/Base.java", "package p;\npublic abstract class Base implements Sub { }\n",
                "p/Impl.java", "package p;\npublic class Impl extends Base { }\n",
                "p/NeedsArgs.java", "package p;\npublic class NeedsArgs implements Api { public NeedsArgs(int x) { } }\n",
                "p/Hidden.java", "package p;\nclass Hidden implements Api { }\n"), new CompileInputs(List.of(), List.of(), "17"));

        assertTrue(result.success(), result.errors().toString());
        TopLevelType impl = result.types().stream().filter(t -> t.className().equals("p.Impl")).findFirst().orElseThrow();
        assertTrue(impl.instantiable());
        assertEquals(List.of("p.Api", "p.Sub"), impl.interfaces());
        assertEquals(List.of("p.Impl"), result.types().stream().filter(TopLevelType::instantiable)
                .map(TopLevelType::className).toList());
    }

    @Test
    void writes_class_files_in_package_directories() throws IOException {
        CompileResult result = JavaCompilation.compile(Map.of("q/A.java", "package q;\nclass A { }\n"),
                new CompileInputs(List.of(), List.of(), "17"));

        result.writeClasses(temp, c -> true);

        byte[] bytes = Files.readAllBytes(temp.resolve("q/A.class"));
        assertEquals(0xCAFEBABE, java.nio.ByteBuffer.wrap(bytes).getInt());
    }

    @Test
    void says_which_release_the_running_jdk_cannot_compile_for() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JavaCompilation.compile(Map.of("a/A.java", "package a;\nclass A { }\n"), new CompileInputs(List.of(), List.of(), "99")));

        assertTrue(e.getMessage().contains("cannot compile for release 99"), e.getMessage());
    }
}
