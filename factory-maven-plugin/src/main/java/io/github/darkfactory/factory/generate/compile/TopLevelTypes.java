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
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the top-level types of the compiled units from javac's analysis, without loading any class. */
final class TopLevelTypes {

    private TopLevelTypes() {
    }

    /** The top-level types declared by {@code units}, sorted by name; types of the source path are left out. */
    static List<TopLevelType> of(JavacTask task, Iterable<? extends Element> analyzed, List<MemorySource> units) {
        Map<URI, String> relativePaths = new HashMap<>();
        units.forEach(u -> relativePaths.put(u.toUri(), u.relativePath()));
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
}
