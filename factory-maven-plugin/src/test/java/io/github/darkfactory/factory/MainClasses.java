package io.github.darkfactory.factory;

import io.github.darkfactory.factory.architecture.ArchitectureCheck;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the plugin's compiled main classes are: target/classes of this module. */
final class MainClasses {

    private MainClasses() {
    }

    static Path root() {
        try {
            Path root = Path.of(ArchitectureCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("main classes are not in a directory but in " + root);
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
