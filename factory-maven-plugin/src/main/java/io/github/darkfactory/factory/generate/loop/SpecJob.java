package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.Layer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER (generate branch only): the loop branch's SpecJob replaces this file on merge. */
public record SpecJob(Spec spec, SpecSet specSet, String agentsMd, List<Path> compileClasspath,
                      List<Path> sourceRoots, Map<String, String> otherSpecsCode, String release,
                      List<Layer> layers, List<String> specPackages, int maxIterations, Path transcriptsDir) {
}
