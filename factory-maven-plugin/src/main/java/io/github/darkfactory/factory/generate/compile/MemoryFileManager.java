package io.github.darkfactory.factory.generate.compile;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps every class file javac writes in memory, with the source it came from, and adds the
 * in-memory source-path sources to what javac finds on the source path. One per compile; the
 * standard file manager it forwards to may be shared between compiles (see {@link FileManagerPool}).
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<String, ByteArrayOutputStream> bytes = new TreeMap<>();
    private final Map<String, String> sourceOf = new TreeMap<>();
    /** Source-path sources by package name ({@code com.acme}, empty for the unnamed package). */
    private final Map<String, List<JavaFileObject>> sourcePath = new HashMap<>();

    /**
     * @param sourcePath source text by relative path, found by javac only when referenced
     * @param compiled   the paths compiled as units, which the source path must not offer again
     */
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
        sourceOf.put(className, sibling instanceof MemorySource source ? source.relativePath() : null);
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
