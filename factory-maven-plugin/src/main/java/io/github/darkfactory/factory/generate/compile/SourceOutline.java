package io.github.darkfactory.factory.generate.compile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The package and top-level type names a source declares, read with javac's parser (so comments,
 * strings and annotations cannot fool it) without resolving anything.
 *
 * @param packageName the declared package, empty for the unnamed package
 * @param topLevelTypes simple names of the top-level classes, interfaces, enums and records
 */
public record SourceOutline(String packageName, List<String> topLevelTypes) {

    public SourceOutline {
        topLevelTypes = List.copyOf(topLevelTypes);
    }

    /** Empty when the source does not parse; the compile then reports why. */
    public static Optional<SourceOutline> of(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return Optional.empty();
        }
        SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("memory:///Outline.java"),
                SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean[] failed = {false};
        JavacTask task = (JavacTask) javac.getTask(new StringWriter(), null,
                d -> failed[0] |= d.getKind() == javax.tools.Diagnostic.Kind.ERROR,
                List.of("-proc:none"), null, List.of(file));
        try {
            List<String> types = new ArrayList<>();
            String packageName = "";
            for (CompilationUnitTree unit : task.parse()) {
                packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                unit.getTypeDecls().stream().filter(t -> t instanceof ClassTree)
                        .forEach(t -> types.add(((ClassTree) t).getSimpleName().toString()));
            }
            return failed[0] ? Optional.empty() : Optional.of(new SourceOutline(packageName, types));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
