package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Capability;

import javax.lang.model.SourceVersion;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a spec's id and package must be; a value that is not is reported and read as missing. */
final class FrontMatterChecks {

    private static final Pattern SPEC_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private FrontMatterChecks() {
    }

    /** The id when it is valid; otherwise null, with the problem reported. */
    static Located id(Located id, Path file, Problems problems) {
        if (id == null) {
            problems.add(file, 1, "the front matter has no 'id'", "add a line 'id: <spec-id>' (lower case, such as 'id: pricing')");
            return null;
        }
        if (!SPEC_ID.matcher(id.value()).matches()) {
            problems.add(file, id.line(), "the id '" + id.value() + "' is not a valid spec id",
                    "use lower-case letters, digits and '-', starting with a letter, such as 'id: "
                            + suggestedId(id.value()) + "'");
            return null;
        }
        if (id.value().equals(FrontMatter.RESERVED_ID)) {
            problems.add(file, id.line(), "the id 'all' is reserved: regenerating 'all' means every spec",
                    "choose another id, such as the last part of the spec's package");
            return null;
        }
        return id;
    }

    /** The package when it is a valid Java package name; otherwise null, with the problem reported. */
    static Located packageName(Located packageName, Path file, Problems problems) {
        if (packageName == null) {
            problems.add(file, 1, "the front matter has no 'package'",
                    "add a line 'package: <java.package>' naming where the implementation goes, such as 'package: com.acme.shop.domain.pricing'");
            return null;
        }
        if (!SourceVersion.isName(packageName.value())) {
            problems.add(file, packageName.line(), "the package '" + packageName.value() + "' is not a valid Java package name",
                    "use dot-separated Java identifiers that are not keywords, such as 'package: com.acme.shop.domain.pricing'");
            return null;
        }
        return packageName;
    }

    /** The capabilities named, each name checked; an unknown name is reported and left out. */
    static Set<Capability> capabilities(List<Located> names, Path file, Problems problems) {
        Set<Capability> granted = EnumSet.noneOf(Capability.class);
        for (Located name : names) {
            Optional<Capability> capability = Capability.byId(name.value());
            if (capability.isPresent()) {
                granted.add(capability.get());
            } else {
                problems.add(file, name.line(), "unknown capability '" + name.value() + "'",
                        "use only " + String.join(", ", Capability.ids()) + " (docs/rules/capabilities.md says what each"
                                + " allows), or remove it");
            }
        }
        return granted.isEmpty() ? Set.of() : Collections.unmodifiableSet(granted);
    }

    /** A valid id close to an invalid one, such as {@code price-rules} for {@code Price_Rules}. */
    static String suggestedId(String invalid) {
        String suggestion = invalid.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return suggestion.isEmpty() || suggestion.equals(FrontMatter.RESERVED_ID) ? "pricing" : suggestion;
    }
}
