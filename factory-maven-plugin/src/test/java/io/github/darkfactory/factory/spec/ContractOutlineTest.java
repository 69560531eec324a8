package io.github.darkfactory.factory.spec;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.lang.model.element.Modifier;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexer's outline against javac's, on tricky units and on every contract block in this repository. */
class ContractOutlineTest {

    static Stream<String> trickyUnits() {
        return Stream.of(
                "package a.b; public interface X {}",
                "package a.b;\nimport java.util.List;\nimport static java.util.Map.entry;\n"
                        + "public interface Calculator { long total(List<Line> lines); }\nrecord Line(long cents) {}",
                "/* package not.this; public class Nope {} */ package a.b; // class Nor\npublic enum Colour { RED, GREEN }",
                "package a.b; public record Pair<A, B>(A first, B second) { public Pair { } static class Inner {} }",
                "package a.b; public sealed interface Shape permits Circle, Square {}\n"
                        + "final class Circle implements Shape {}\nnon-sealed class Square implements Shape {}",
                "package a.b; @Deprecated(since = \"1 { ( \\\" \") @SuppressWarnings({\"x\", \"}\"})\n"
                        + "public abstract class Base<T extends Comparable<T>> { String s = \"class Fake {\"; char c = '}'; }",
                "package a.b; public @interface Marker { Class<?> value() default Object.class; }",
                "package a.b; public interface Texts { String T = \"\"\"\n    class Hidden { \\\"\"\" still\n    \"\"\"; }",
                "package a.b; class Uses { Object record; void record() { } record Inner(int record) { } }",
                "@Generated package a.b; class OnlyPackagePrivate {}",
                "package a.b;;; public final class WithStrayTokens {} ;",
                "package a.b; public interface X {}\npublic interface Y {}",
                "package a.b;",
                "public interface NoPackage {}");
    }

    @ParameterizedTest
    @MethodSource("trickyUnits")
    void reads_the_same_package_and_types_as_javac(String source) throws IOException {
        assertTrue(parses(source), "javac should parse this unit: " + source);
        assertEquals(javacOutline(source), ContractOutline.of(source));
    }

    @Test
    void reads_every_contract_block_of_this_repository_as_javac_does() throws IOException {
        List<String> blocks = repositoryContractBlocks();
        assertTrue(blocks.size() >= 10, "too few contract blocks found: " + blocks.size());
        for (String block : blocks) {
            if (parses(block)) {
                assertEquals(javacOutline(block), ContractOutline.of(block), block);
            }
        }
    }

    private static List<String> repositoryContractBlocks() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> blocks = new ArrayList<>();
        for (Path dir : List.of(root.resolve("src/demo"), root.resolve("it/projects"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && f.toString().contains("specs")).toList()) {
                    List<String> lines = SpecText.lines(Files.readString(file));
                    MarkdownBody body = MarkdownBody.scan(file, lines, 0, new Problems());
                    body.contractBlocks().forEach(code -> blocks.add(code.source()));
                }
            }
        }
        return blocks;
    }

    private static boolean parses(String source) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        task(source, diagnostics).parse();
        return diagnostics.getDiagnostics().isEmpty();
    }

    private static ContractOutline javacOutline(String source) throws IOException {
        CompilationUnitTree tree = task(source, new DiagnosticCollector<>()).parse().iterator().next();
        List<String> publicTypes = new ArrayList<>();
        List<String> otherTypes = new ArrayList<>();
        for (Tree type : tree.getTypeDecls()) {
            if (type instanceof ClassTree declared) {
                boolean isPublic = declared.getModifiers().getFlags().contains(Modifier.PUBLIC);
                (isPublic ? publicTypes : otherTypes).add(declared.getSimpleName().toString());
            }
        }
        String packageName = tree.getPackageName() == null ? null : tree.getPackageName().toString();
        return new ContractOutline(packageName, publicTypes, otherTypes);
    }

    private static JavacTask task(String source, DiagnosticCollector<JavaFileObject> diagnostics) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Unit.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        return (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(new StringWriter(), null, diagnostics,
                List.of("-proc:none"), null, List.of(file));
    }
}
