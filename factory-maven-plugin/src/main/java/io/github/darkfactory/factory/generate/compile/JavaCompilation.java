package io.github.darkfactory.factory.generate.compile;

import com.sun.source.util.JavacTask;

import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles sources held in memory with the JDK's javac, keeping class files in memory.
 *
 * <p>Source roots and in-memory source-path sources go on javac's source path, so their types are
 * read only when referenced and never produce class files ({@code -implicit:none}): the result
 * holds exactly the classes of the given sources. Annotation processing is off so that a compile
 * depends on nothing but its inputs. Safe to call from several threads at once: every call has its
 * own compiler task and, from a {@link FileManagerPool}, a file manager no other call uses meanwhile.
 */
public final class JavaCompilation {

    private JavaCompilation() {
    }

    /**
     * @param sources source text by path relative to a source root ({@code com/acme/Foo.java})
     * @param inputs  what to compile against
     * @throws IllegalStateException    when Maven runs on a JRE without a compiler
     * @throws IllegalArgumentException when the running JDK does not support the inputs' release
     */
    public static CompileResult compile(Map<String, String> sources, CompileInputs inputs) {
        return compile(sources, Map.of(), inputs, null);
    }

    /**
     * Like {@link #compile(Map, CompileInputs)}, with more sources held in memory on the source path,
     * and a file manager of {@code fileManagers}.
     *
     * <p>javac reads a source-path file only when the given sources reference a type it declares (by
     * its path: {@code com/acme/Foo.java} declares {@code com.acme.Foo}), so a check pays nothing for
     * the many files it never uses. Errors in a file it does read are reported, named by its path.
     *
     * @param sourcePath   source text by path relative to a source root, read only when referenced;
     *                     a path also in {@code sources} is compiled from {@code sources}
     * @param fileManagers where to borrow a file manager, so that a run opens the classpath jars once
     *                     per concurrent compile instead of once per compile; null for a fresh one,
     *                     closed afterwards
     */
    public static CompileResult compile(Map<String, String> sources, Map<String, String> sourcePath,
                                        CompileInputs inputs, FileManagerPool fileManagers) {
        if (sources.isEmpty()) {
            return new CompileResult(List.of(), List.of(), List.of());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This Java runtime has no compiler (javax.tools): run Maven on a JDK,"
                    + " not a JRE (java.home=" + System.getProperty("java.home") + ").");
        }
        CompileInputs existing = inputs.existing();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = null;
        boolean reusable = false;
        try {
            standard = fileManagers == null ? fileManager(javac, diagnostics, existing) : fileManagers.borrow(javac, existing);
            CompileResult result = compile(javac, standard, diagnostics, sources, sourcePath, inputs);
            reusable = true;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        } finally {
            if (standard != null && fileManagers != null) {
                fileManagers.giveBack(standard, existing, reusable);
            } else if (standard != null) {
                closeFileManager(standard);
            }
        }
    }

    /** A standard file manager whose class and source paths are those of {@code inputs}. */
    static StandardJavaFileManager fileManager(JavaCompiler javac, DiagnosticCollector<JavaFileObject> diagnostics,
                                               CompileInputs inputs) throws IOException {
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        standard.setLocationFromPaths(StandardLocation.CLASS_PATH, inputs.classpath());
        standard.setLocationFromPaths(StandardLocation.SOURCE_PATH, inputs.sourceRoots());
        return standard;
    }

    private static void closeFileManager(StandardJavaFileManager standard) {
        try {
            standard.close();
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        }
    }

    private static CompileResult compile(JavaCompiler javac, StandardJavaFileManager standard,
                                         DiagnosticCollector<JavaFileObject> diagnostics, Map<String, String> sources,
                                         Map<String, String> sourcePath, CompileInputs inputs) {
        MemoryFileManager output = new MemoryFileManager(standard, sourcePath, sources.keySet());
        List<MemorySource> units = new TreeMap<>(sources).entrySet().stream()
                .map(e -> new MemorySource(e.getKey(), e.getValue())).toList();
        List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:none", "-g",
                "-encoding", "UTF-8", "-Xlint:none", "-nowarn"));
        options.addAll(releaseOptions(inputs.release()));
        JavacTask task = task(javac, output, diagnostics, options, units, inputs.release());
        Iterable<? extends Element> analyzed;
        try {
            analyzed = task.analyze();
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        }
        List<CompileError> errors = errors(diagnostics, inputs.sourceRoots());
        if (!errors.isEmpty()) {
            return new CompileResult(errors, List.of(), List.of());
        }
        List<TopLevelType> types = TopLevelTypes.of(task, analyzed, units);
        try {
            task.generate();
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        }
        errors = errors(diagnostics, inputs.sourceRoots());
        return errors.isEmpty()
                ? new CompileResult(List.of(), output.classes(), types)
                : new CompileResult(errors, List.of(), List.of());
    }

    private static JavacTask task(JavaCompiler javac, MemoryFileManager output, DiagnosticCollector<JavaFileObject> diagnostics,
                                  List<String> options, List<MemorySource> units, String release) {
        try {
            return (JavacTask) javac.getTask(new StringWriter(), output, diagnostics, options, null, units);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The JDK running the build (Java " + System.getProperty("java.version")
                    + ") cannot compile for release " + release + ": " + e.getMessage()
                    + ". Run the build on a JDK at least as new as the release the project compiles for.", e);
        }
    }

    /**
     * {@code --release N}, except where N is the running JDK's own feature version: there the JDK's
     * own modules are exactly that release's API, and javac reads them from the runtime image it
     * shares between compiles, where {@code --release} would make it open and read its ct.sym
     * archive again for every compile (what that costs: docs/performance.md, the generate section).
     */
    static List<String> releaseOptions(String release) {
        if (release == null || release.isBlank()) {
            return List.of();
        }
        String wanted = release.strip();
        return wanted.equals(Integer.toString(Runtime.version().feature())) ? List.of() : List.of("--release", wanted);
    }

    private static List<CompileError> errors(DiagnosticCollector<JavaFileObject> diagnostics, List<Path> sourceRoots) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> new CompileError(fileName(d.getSource(), sourceRoots),
                        Math.max(d.getLineNumber(), 0), d.getMessage(Locale.ROOT)))
                .distinct()
                .toList();
    }

    /** In-memory sources keep their relative path; files of a source root are named relative to it. */
    private static String fileName(JavaFileObject source, List<Path> sourceRoots) {
        if (source == null) {
            return null;
        }
        if (source instanceof MemorySource memory) {
            return memory.relativePath();
        }
        Path path = Path.of(source.toUri()).toAbsolutePath().normalize();
        return sourceRoots.stream().map(r -> r.toAbsolutePath().normalize())
                .filter(path::startsWith)
                .map(r -> r.relativize(path).toString().replace('\\', '/'))
                .findFirst().orElse(path.toString());
    }
}
