package io.github.darkfactory.factory.generate.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileManagerPoolTest {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    @TempDir
    Path temp;

    private static CompileInputs inputs(List<Path> classpath, List<Path> sourceRoots) {
        return new CompileInputs(classpath, sourceRoots, "17");
    }

    @Test
    void lends_the_manager_given_back_for_the_same_paths_and_a_new_one_for_other_paths() throws IOException {
        try (FileManagerPool pool = new FileManagerPool()) {
            StandardJavaFileManager first = pool.borrow(JAVAC, inputs(List.of(), List.of(temp)));
            pool.giveBack(first, inputs(List.of(), List.of(temp)), true);

            StandardJavaFileManager again = pool.borrow(JAVAC, inputs(List.of(), List.of(temp)));
            StandardJavaFileManager meanwhile = pool.borrow(JAVAC, inputs(List.of(), List.of(temp)));
            StandardJavaFileManager otherPaths = pool.borrow(JAVAC, inputs(List.of(temp), List.of()));

            assertSame(first, again);
            assertNotSame(again, meanwhile, "a manager serves one compile at a time");
            assertNotSame(first, otherPaths);
        }
    }

    @Test
    void keeps_no_manager_after_a_failed_compile_or_once_closed() throws IOException {
        FileManagerPool pool = new FileManagerPool();
        StandardJavaFileManager failed = pool.borrow(JAVAC, inputs(List.of(), List.of()));
        pool.giveBack(failed, inputs(List.of(), List.of()), false);
        assertNotSame(failed, pool.borrow(JAVAC, inputs(List.of(), List.of())));

        StandardJavaFileManager idle = pool.borrow(JAVAC, inputs(List.of(), List.of()));
        pool.giveBack(idle, inputs(List.of(), List.of()), true);
        pool.close();
        assertNotSame(idle, pool.borrow(JAVAC, inputs(List.of(), List.of())));
    }

    @Test
    void compiles_against_a_jar_again_and_again_with_one_manager_seeing_each_compiles_own_sources() throws IOException {
        Path jar = jarWithGreeting();
        Map<String, String> uses = Map.of("app/Uses.java", """
                package app;
                class Uses { String both() { return lib.Greeting.hello() + new other.Names().first(); } }
                """);
        try (FileManagerPool pool = new FileManagerPool()) {
            CompileResult first = JavaCompilation.compile(uses,
                    Map.of("other/Names.java", "package other;\npublic class Names { public String first() { return \"Ada\"; } }\n"),
                    new CompileInputs(List.of(jar), List.of(), "17"), pool);
            CompileResult broken = JavaCompilation.compile(Map.of("app/Broken.java", "package app;\nclass Broken { int x = ; }\n"),
                    Map.of(), new CompileInputs(List.of(jar), List.of(), "17"), pool);
            CompileResult withoutMethod = JavaCompilation.compile(uses,
                    Map.of("other/Names.java", "package other;\npublic class Names { }\n"),
                    new CompileInputs(List.of(jar), List.of(), "17"), pool);

            assertTrue(first.success(), first.errors().toString());
            assertEquals(List.of("app.Uses"), first.classes().stream().map(ClassFile::className).toList());
            assertFalse(broken.success());
            assertEquals("app/Broken.java", broken.errors().get(0).file());
            assertFalse(withoutMethod.success(), "the second compile reads its own source path, not the first one's");
            assertTrue(withoutMethod.errors().get(0).message().contains("first()"), withoutMethod.errors().toString());
        }
    }

    /** A jar holding lib.Greeting, compiled here. */
    private Path jarWithGreeting() throws IOException {
        CompileResult lib = JavaCompilation.compile(Map.of("lib/Greeting.java",
                "package lib;\npublic class Greeting { public static String hello() { return \"Hello \"; } }\n"),
                new CompileInputs(List.of(), List.of(), "17"));
        Path jar = temp.resolve("lib.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (ClassFile c : lib.classes()) {
                jarOut.putNextEntry(new JarEntry(c.relativePath()));
                jarOut.write(c.bytes());
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
