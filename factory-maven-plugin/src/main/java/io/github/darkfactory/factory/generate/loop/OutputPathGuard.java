package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.SourceOutline;
import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import javax.lang.model.SourceVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which files of an answer a spec may write: relative {@code .java} paths inside the spec's
 * package directory (or below) of the output directory, never a contract, and declaring the package
 * their directory names. A rejected file becomes a {@link LoopProblem} and is never written.
 */
public final class OutputPathGuard {

    private final Spec spec;
    private final String packageDirectory;
    private final Set<String> contractPaths = new HashSet<>();
    private final Set<String> contractTypes = new HashSet<>();
    private final List<Path> sourceRoots;

    /**
     * @param spec        the spec whose answer is checked
     * @param specs       all specs, whose contracts no answer may write or redeclare
     * @param sourceRoots src/main/java and the contracts root: a type already there must not be declared again
     */
    public OutputPathGuard(Spec spec, SpecSet specs, List<Path> sourceRoots) {
        this.spec = spec;
        this.sourceRoots = List.copyOf(sourceRoots);
        this.packageDirectory = spec.packageName().replace('.', '/') + "/";
        for (Spec any : specs.specs()) {
            for (ContractUnit unit : any.contracts()) {
                contractPaths.add(unit.relativePath());
                unit.topLevelTypes().forEach(t -> contractTypes.add(qualified(unit.packageName(), t)));
            }
        }
    }

    /** Empty when the file may be written. */
    public Optional<LoopProblem> check(AnswerFile file) {
        String path = file.path();
        String where = "### " + path;
        String inPackage = "write it under " + packageDirectory + " (paths are relative to the output directory)";
        if (path.isBlank()) {
            return reject(where, "the file has no path", inPackage);
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.startsWith("~") || path.matches("^[A-Za-z]:.*")) {
            return reject(where, "absolute paths are not allowed", inPackage);
        }
        if (path.contains("\\")) {
            return reject(where, "backslashes are not allowed in paths", "separate directories with /");
        }
        List<String> segments = List.of(path.split("/", -1));
        if (segments.contains("..") || segments.contains(".") || segments.contains("")) {
            return reject(where, "'..', '.' and empty path segments are not allowed", inPackage);
        }
        if (!path.endsWith(".java")) {
            return reject(where, "only .java files may be written", "give Java sources only; other files are managed by the build");
        }
        if (contractPaths.contains(path)) {
            return reject(where, "this is a contract file; contracts are owned by the spec author",
                    "do not write, change or redeclare contract types; implement them in other files");
        }
        if (!path.startsWith(packageDirectory)) {
            return reject(where, "the file is outside the package of spec '" + spec.id() + "' (" + spec.packageName() + ")",
                    inPackage);
        }
        String fileName = segments.get(segments.size() - 1);
        String typeName = fileName.substring(0, fileName.length() - ".java".length());
        String directoryPackage = String.join(".", segments.subList(0, segments.size() - 1));
        if (!SourceVersion.isName(directoryPackage) || !SourceVersion.isIdentifier(typeName)
                || SourceVersion.isKeyword(typeName)) {
            return reject(where, "the path is not a valid Java package and type name",
                    "name files <Type>.java in directories named like Java packages");
        }
        return SourceOutline.of(file.content()).flatMap(outline -> checkOutline(where, directoryPackage, outline));
    }

    private Optional<LoopProblem> checkOutline(String where, String directoryPackage, SourceOutline outline) {
        if (!outline.packageName().equals(directoryPackage)) {
            return reject(where, "the file declares package '" + outline.packageName()
                            + "' but its directory is package '" + directoryPackage + "'",
                    "declare `package " + directoryPackage + ";` or move the file to the matching directory");
        }
        for (String type : outline.topLevelTypes()) {
            if (contractTypes.contains(qualified(outline.packageName(), type))) {
                return reject(where, "the file redeclares contract type " + qualified(outline.packageName(), type),
                        "do not change or redeclare contract types; use them as they are");
            }
        }
        for (String type : outline.topLevelTypes()) {
            String typePath = directoryPackage.replace('.', '/') + "/" + type + ".java";
            for (Path root : sourceRoots) {
                if (Files.isRegularFile(root.resolve(typePath))) {
                    return reject(where, "the file declares " + qualified(outline.packageName(), type)
                                    + ", which the project already has in " + root.getFileName() + "/" + typePath,
                            "use the existing type instead of declaring it again, or give yours another name");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LoopProblem> reject(String where, String message, String remediation) {
        return Optional.of(new LoopProblem(LoopProblem.Check.PATH, where, message + "; the file was not accepted", remediation));
    }

    private static String qualified(String packageName, String type) {
        return packageName.isEmpty() ? type : packageName + "." + type;
    }
}
