package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Small specs built in code, so these tests do not depend on the spec parser. */
public final class Fixtures {

    /** A model access refused because generation is frozen. */
    public static final ModelRefusal REFUSED = new ModelRefusal(Set.of(ModelRefusal.Reason.FROZEN), null);

    private Fixtures() {
    }

    public static Spec spec(String id, String prose, List<String> dependsOn) {
        String pkg = "com.acme." + id.replace('-', '_');
        String contract = "package " + pkg + ";\npublic interface Api {\n    int value();\n}\n";
        return spec(id, prose, dependsOn, contract);
    }

    public static Spec spec(String id, String prose, List<String> dependsOn, String contract) {
        String pkg = "com.acme." + id.replace('-', '_');
        String text = "---\nid: " + id + "\npackage: " + pkg + "\n---\n# " + id + "\n" + prose
                + "\n## Contract\n```java\n" + contract + "```\n";
        return new Spec(id, pkg, null, dependsOn, Set.of(), Path.of(id + ".md"), text,
                List.of(new ContractUnit(pkg, List.of("Api"), contract, 7)), List.of());
    }
}
