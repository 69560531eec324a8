package io.github.darkfactory.factory.generate.plan;

/** A generated file (path relative to the output directory) and the spec whose lock entry owns it. */
public record OwnedFile(String specId, String path) {
}
