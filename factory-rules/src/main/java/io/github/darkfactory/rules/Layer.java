package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.PackageMatchers;

import java.util.List;

/**
 * One architecture layer: the packages it is made of (ArchUnit package syntax, {@code ..domain..})
 * and the other layers its code may depend on. A layer that lists none may use no other layer.
 */
public record Layer(String name, List<String> packages, List<String> mayUse) {

    public Layer {
        packages = List.copyOf(packages);
        mayUse = List.copyOf(mayUse);
    }

    /** Whether a package (such as {@code com.acme.shop.domain.pricing}) falls in this layer. */
    public boolean contains(String packageName) {
        return PackageMatchers.of(packages).test(packageName);
    }
}
