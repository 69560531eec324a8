package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.List;

/** One spec file as read, with the lines of its front matter values, before the cross-spec checks. */
record ParsedSpec(Path file, String text, FrontMatter frontMatter, List<ContractUnit> contracts,
                  List<Requirement> requirements) {

    /** Whether the front matter gave a valid id and package, so the spec can take part in cross-spec checks. */
    boolean identified() {
        return frontMatter.id() != null && frontMatter.packageName() != null;
    }

    String id() {
        return frontMatter.id().value();
    }

    String packageName() {
        return frontMatter.packageName().value();
    }

    Spec toSpec() {
        FrontMatter fm = frontMatter;
        return new Spec(id(), packageName(), fm.layer() == null ? null : fm.layer().value(),
                fm.dependsOn().stream().map(Located::value).toList(), fm.capabilities(), file, text, contracts, requirements);
    }
}
