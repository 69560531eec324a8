package io.github.darkfactory.factory.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/** A goal that reads the specs: where they are, and the layers their {@code layer:} lines name. */
abstract class SpecsMojo extends FactoryMojo {

    /**
     * The directory holding the specs ({@code **}{@code /*.md}); a scenario project points it at the
     * product's, for example {@code ../product/src/main/specs}.
     */
    @Parameter(property = PropertyNames.SPECS, defaultValue = "${project.basedir}/src/main/specs")
    protected File specsDirectory;

    /**
     * The architecture layers: each a {@code name}, its {@code packages} (ArchUnit syntax, such as
     * {@code ..domain..}) and the layers it {@code mayUse}. A spec's {@code layer:} line must name one
     * and match its package; generated code and the architecture goal must respect them. Optional for
     * the contracts goal, which then leaves {@code layer:} lines to the build that owns the specs.
     */
    @Parameter
    protected List<LayerConfig> layers;

    protected SpecsMojo(String goal) {
        super(goal);
    }
}
