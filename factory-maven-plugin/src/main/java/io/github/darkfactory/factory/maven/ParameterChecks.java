package io.github.darkfactory.factory.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** Checks of plain parameter values that a Mojo runs once, before anything else. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    /** Fails naming the parameter, its property and its default when {@code value} is below 1. */
    static void atLeastOne(String parameter, String property, long value, int defaultValue)
            throws MojoExecutionException {
        if (value < 1) {
            throw new MojoExecutionException(parameter + " (" + property + ") is " + value
                    + "; it must be at least 1 (default " + defaultValue + ").");
        }
    }

    static void atLeastZero(String parameter, String property, int value, int defaultValue)
            throws MojoExecutionException {
        if (value < 0) {
            throw new MojoExecutionException(parameter + " (" + property + ") is " + value
                    + "; it must be 0 or more (default " + defaultValue + ").");
        }
    }

    /** Fails naming the parameter, its property and its default when {@code value} is outside {@code min..max}. */
    static void between(String parameter, String property, double value, double min, double max, String defaultValue)
            throws MojoExecutionException {
        if (!(value >= min && value <= max)) {
            throw new MojoExecutionException(parameter + " (" + property + ") is " + value + "; it must be between "
                    + plain(min) + " and " + plain(max) + " (default " + defaultValue + ").");
        }
    }

    /** {@code 0} rather than {@code 0.0}: the bound as a user writes it. */
    private static String plain(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
