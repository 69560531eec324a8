package io.github.darkfactory.factory.twins;

import io.github.darkfactory.factory.twins.TwinFailure.Reason;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** What a twin jar is, told by its content: stub mappings for WireMock, or a program of its own. */
public enum TwinKind {

    /** {@code mappings/*.json} (and {@code __files/**}), served by WireMock in its own JVM. */
    MAPPINGS,
    /** A jar with a {@code Main-Class}, started with {@code PORT} set; a WireMock proxy in front journals it. */
    EXECUTABLE;

    static final String MAPPINGS_DIRECTORY = "mappings/";

    /** Mappings win over a {@code Main-Class}: a jar of mappings built with a launcher manifest is still mappings. */
    public static TwinKind of(String twin, Path jar) throws IOException, TwinFailure {
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean mappings = file.stream().anyMatch(e -> !e.isDirectory() && e.getName().startsWith(MAPPINGS_DIRECTORY)
                    && e.getName().endsWith(".json"));
            if (mappings) {
                return MAPPINGS;
            }
            Manifest manifest = file.getManifest();
            if (manifest != null && manifest.getMainAttributes().getValue("Main-Class") != null) {
                return EXECUTABLE;
            }
        }
        throw new TwinFailure(Reason.NOT_A_TWIN, twin, "The twin " + twin + " (" + jar + ") holds neither stub mappings"
                + " (mappings/*.json) nor a Main-Class in its manifest", List.of(), "");
    }
}
