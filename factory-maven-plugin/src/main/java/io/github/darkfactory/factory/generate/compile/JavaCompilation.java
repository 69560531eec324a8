package io.github.darkfactory.factory.generate.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
     * @param sources     source text by path relative to a source root ({@code com/acme/Foo.java})
     * @param classpath   jars and class directories to compile against (missing entries are ignored)
     * @param sourceRoots directories whose sources may be referenced (missing entries are ignored)
     * @param release     the {@code --release} to compile for, such as {@code 17}; null or blank for
     *                    the running JDK's own level
     * @throws IllegalStateException    when Maven runs on a JRE without a compiler
     * @throws IllegalArgumentException when the running JDK does not support {@code release}
     */
    public static CompileResult compile(Map<String, String> sources, List<Path> classpath,
                                        List<Path> sourceRoots, String release) {
        return compile(sources, Map.of(), classpath, sourceRoots, release);
    }

    /**
     * Like {@link #compile(Map, List, List, String)}, with more sources held in memory on the source
     * path: javac reads one of them only when the given sources reference a type it declares (by its
     * path: {@code com/acme/Foo.java} declares {@code com.acme.Foo}), so a check pays nothing for the
     * many files it never uses. Errors in a file it does read are reported, named by its path.
     *
     * @param sourcePath source text by path relative to a source root, read only when referenced;
     *                   a path also in {@code sources} is compiled from {@code sources}
     */
    public static CompileResult compile(Map<String, String> sources, Map<String, String> sourcePath,
                                        List<Path> classpath, List<Path> sourceRoots, String release) {
        return compile(sources, sourcePath, classpath, sourceRoots, release, null);
    }

    /**
     * Like {@link #compile(Map, Map, List, List, String)}, with a file manager of {@code fileManagers}
     * (null for a fresh one, closed afterwards), so that a run opens the classpath jars once per
     * concurrent compile instead of once per compile.
     */
    public static CompileResult compile(Map<String, String> sources, Map<String, String> sourcePath,
                                        List<Path> classpath, List<Path> sourceRoots, String release,
                                        FileManagerPool fileManagers) {
        if (sources.isEmpty()) {
            return new CompileResult(List.of(), List.of(), List.of());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This Java runtime has no compiler (javax.tools): run Maven on a JDK,"
                    + " not a JRE (java.home=" + System.getProperty("java.home") + ").");
        }
        List<Path> classes = existing(classpath);
        List<Path> roots = existing(sourceRoots);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = null;
        boolean reusable = false;
        try {
            standard = fileManagers == null ? fileManager(javac, diagnostics, classes, roots)
                    : fileManagers.borrow(javac, classes, roots);
            CompileResult result = compile(javac, standard, diagnostics, sources, sourcePath, sourceRoots, release);
            reusable = true;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        } finally {
            if (standard != null && fileManagers != null) {
                fileManagers.giveBack(standard, classes, roots, reusable);
            } else if (standard != null) {
                closeFileManager(standard);
            }
        }
    }

    static StandardJavaFileManager fileManager(JavaCompiler javac, DiagnosticCollector<JavaFileObject> diagnostics,
                                               List<Path> classpath, List<Path> sourceRoots) throws IOException {
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
        standard.setLocationFromPaths(StandardLocation.SOURCE_PATH, sourceRoots);
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
                                         Map<String, String> sourcePath, List<Path> sourceRoots, String release) {
        MemoryFileManager output = new MemoryFileManager(standard, sourcePath, sources.keySet());
        List<MemorySource> units = new TreeMap<>(sources).entrySet().stream()
                .map(e -> new MemorySource(e.getKey(), e.getValue())).toList();
        List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:none", "-g",
                "-encoding", "UTF-8", "-Xlint:none", "-nowarn"));
        options.addAll(releaseOptions(release));
        JavacTask task = task(javac, output, diagnostics, options, units, release);
        Iterable<? extends Element> analyzed;
        try {
            analyzed = task.analyze();
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        }
        List<CompileError> errors = errors(diagnostics, sourceRoots);
        if (!errors.isEmpty()) {
            return new CompileResult(errors, List.of(), List.of());
        }
        List<TopLevelType> types = topLevelTypes(task, analyzed, units);
        try {
            task.generate();
        } catch (IOException e) {
            throw new UncheckedIOException("javac file manager failed", e);
        }
        errors = errors(diagnostics, sourceRoots);
        return errors.isEmpty()
                ? new CompileResult(List.of(), output.classes(), types)
                : new CompileResult(errors, List.of(), List.of());
    }

    private static JavacTask task(JavaCompiler javac, MemoryFileManager output, DiagnosticCollector<JavaFileObject> diagnostics,
                                  List<String> options, List<MemorySource> units, String release) {
        try {
            return (JavacTask) javac.getTask(new StringWriter(), output, diagnostics, options, null, units);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The JDK running Maven (Java " + System.getProperty("java.version")
                    + ") cannot compile for release " + release + ": " + e.getMessage()
                    + ". Run Maven on a JDK at least as new as maven.compiler.release.", e);
        }
    }

    /**
     * {@code --release N}, except where N is the running JDK's own feature version: there the JDK's
     * own modules are exactly that release's API, and javac reads them from the runtime image it
     * shares between compiles, where {@code --release} would make it open and read its ct.sym
     * archive again for every compile (a fifth of a warm check's CPU).
     */
    static List<String> releaseOptions(String release) {
        if (release == null || release.isBlank()) {
            return List.of();
        }
        String wanted = release.strip();
        return wanted.equals(Integer.toString(Runtime.version().feature())) ? List.of() : List.of("--release", wanted);
    }

    private static List<Path> existing(List<Path> paths) {
        return paths.stream().filter(Files::exists).toList();
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
            return memory.relativePath;
        }
        Path path = Path.of(source.toUri()).toAbsolutePath().normalize();
        return sourceRoots.stream().map(r -> r.toAbsolutePath().normalize())
                .filter(path::startsWith)
                .map(r -> r.relativize(path).toString().replace('\\', '/'))
                .findFirst().orElse(path.toString());
    }

    private static List<TopLevelType> topLevelTypes(JavacTask task, Iterable<? extends Element> analyzed,
                                                    List<MemorySource> units) {
        Map<URI, String> relativePaths = new HashMap<>();
        units.forEach(u -> relativePaths.put(u.toUri(), u.relativePath));
        Trees trees = Trees.instance(task);
        Elements elements = task.getElements();
        Types types = task.getTypes();
        List<TopLevelType> result = new ArrayList<>();
        for (TypeElement type : ElementFilter.typesIn(analyzed)) {
            TreePath path = trees.getPath(type);
            // javac hands back its own wrapper of our file objects, so match them by URI
            String source = path == null ? null : relativePaths.get(path.getCompilationUnit().getSourceFile().toUri());
            if (type.getNestingKind() != NestingKind.TOP_LEVEL || source == null) {
                continue;
            }
            Set<String> interfaces = new TreeSet<>();
            collectInterfaces(type.asType(), types, interfaces);
            result.add(new TopLevelType(elements.getBinaryName(type).toString(), source,
                    instantiable(type), List.copyOf(interfaces)));
        }
        result.sort(Comparator.comparing(TopLevelType::className));
        return result;
    }

    private static boolean instantiable(TypeElement type) {
        boolean concreteClass = (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)
                && type.getModifiers().contains(Modifier.PUBLIC)
                && !type.getModifiers().contains(Modifier.ABSTRACT);
        return concreteClass && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().isEmpty());
    }

    private static void collectInterfaces(TypeMirror type, Types types, Set<String> into) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype.getKind() == TypeKind.DECLARED
                    && ((DeclaredType) supertype).asElement() instanceof TypeElement element) {
                if (element.getKind() == ElementKind.INTERFACE) {
                    into.add(element.getQualifiedName().toString());
                }
                collectInterfaces(supertype, types, into);
            }
        }
    }

    /** A source held in memory, named by its path relative to a source root. */
    private static final class MemorySource extends SimpleJavaFileObject {
        private final String relativePath;
        private final String text;

        MemorySource(String relativePath, String text) {
            super(URI.create("memory:///" + relativePath.replace('\\', '/')), Kind.SOURCE);
            this.relativePath = relativePath;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        /** {@code com.acme.Foo} for {@code com/acme/Foo.java}: the type a source path file must declare. */
        String binaryName() {
            String path = relativePath.replace('\\', '/');
            return path.substring(0, path.length() - Kind.SOURCE.extension.length()).replace('/', '.');
        }

        String packageName() {
            String name = binaryName();
            return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        }
    }

    /**
     * Keeps every class file javac writes in memory, with the source it came from, and adds the
     * in-memory source-path sources to what javac finds on the source path.
     */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> bytes = new TreeMap<>();
        private final Map<String, String> sourceOf = new TreeMap<>();
        /** Source-path sources by package name ({@code com.acme}, empty for the unnamed package). */
        private final Map<String, List<JavaFileObject>> sourcePath = new HashMap<>();

        MemoryFileManager(StandardJavaFileManager delegate, Map<String, String> sourcePath, Set<String> compiled) {
            super(delegate);
            new TreeMap<>(sourcePath).forEach((path, text) -> {
                if (!compiled.contains(path) && path.endsWith(JavaFileObject.Kind.SOURCE.extension)) {
                    MemorySource source = new MemorySource(path, text);
                    this.sourcePath.computeIfAbsent(source.packageName(), p -> new ArrayList<>()).add(source);
                }
            });
        }

        @Override
        public boolean hasLocation(Location location) {
            return location == StandardLocation.SOURCE_PATH && !sourcePath.isEmpty() || super.hasLocation(location);
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                             boolean recurse) throws IOException {
            Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
            if (location != StandardLocation.SOURCE_PATH || !kinds.contains(JavaFileObject.Kind.SOURCE)
                    || sourcePath.isEmpty()) {
                return listed;
            }
            List<JavaFileObject> all = new ArrayList<>();
            listed.forEach(all::add);
            sourcePath.forEach((pkg, files) -> {
                if (pkg.equals(packageName) || recurse && (packageName.isEmpty() || pkg.startsWith(packageName + "."))) {
                    all.addAll(files);
                }
            });
            return all;
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            return file instanceof MemorySource memory ? memory.binaryName() : super.inferBinaryName(location, file);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            // the standard file manager only compares its own files
            return a instanceof MemorySource || b instanceof MemorySource ? a.toUri().equals(b.toUri()) : super.isSameFile(a, b);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bytes.put(className, out);
            sourceOf.put(className, sibling instanceof MemorySource source ? source.relativePath : null);
            return new SimpleJavaFileObject(URI.create("memory:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return out;
                }
            };
        }

        List<ClassFile> classes() {
            List<ClassFile> classes = new ArrayList<>();
            bytes.forEach((name, out) -> classes.add(new ClassFile(name, sourceOf.get(name), out.toByteArray())));
            return classes;
        }
    }
}
