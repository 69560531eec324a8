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
}
