package io.github.darkfactory.factory.architecture;

import java.nio.file.Path;
import java.util.List;

/**
 * One run of the {@code architecture} goal.
 *
 * @param input            what to check
 * @param projectDirectory the module's base directory; report locations are relative to it
 * @param sourceRoots      the main source roots, to find the source file of a violation
 * @param reportDirectory  where {@code architecture.json} and {@code architecture.sarif} go
 * @param baselineFile     the baseline, which need not exist
 * @param updateBaseline   whether to record the current violations as the new baseline
 */
public record ArchitectureRequest(ArchitectureInput input, Path projectDirectory, List<Path> sourceRoots,
                                  Path reportDirectory, Path baselineFile, boolean updateBaseline) {

    public ArchitectureRequest {
        sourceRoots = List.copyOf(sourceRoots);
    }
}
