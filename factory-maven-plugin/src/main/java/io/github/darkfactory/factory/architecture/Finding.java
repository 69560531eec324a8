package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.Violation;

/**
 * A violation as reported by the {@code architecture} goal.
 *
 * @param violation the violation
 * @param baselined whether the baseline accepts it (reported, but does not fail the build)
 */
public record Finding(Violation violation, boolean baselined) {
}
