package io.github.darkfactory.factory.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParameterChecksTest {

    @Test
    void a_value_outside_its_range_is_refused_naming_the_parameter_its_property_the_range_and_the_default() {
        MojoExecutionException above = assertThrows(MojoExecutionException.class,
                () -> ParameterChecks.between("minStrength", PropertyNames.MIN_STRENGTH, 1.5, 0, 1, "0"));
        MojoExecutionException below = assertThrows(MojoExecutionException.class,
                () -> ParameterChecks.between("minStrength", PropertyNames.MIN_STRENGTH, -0.1, 0, 1, "0"));

        assertEquals("minStrength (factory.minStrength) is 1.5; it must be between 0 and 1 (default 0).", above.getMessage());
        assertEquals("minStrength (factory.minStrength) is -0.1; it must be between 0 and 1 (default 0).", below.getMessage());
        assertThrows(MojoExecutionException.class,
                () -> ParameterChecks.between("minStrength", PropertyNames.MIN_STRENGTH, Double.NaN, 0, 1, "0"));
    }

    @Test
    void the_bounds_themselves_are_accepted() {
        assertDoesNotThrow(() -> ParameterChecks.between("minStrength", PropertyNames.MIN_STRENGTH, 0, 0, 1, "0"));
        assertDoesNotThrow(() -> ParameterChecks.between("minStrength", PropertyNames.MIN_STRENGTH, 1, 0, 1, "0"));
    }
}
