package io.github.darkfactory.factory.twintools;

import java.util.List;

/**
 * What a recording session left in the twin project.
 *
 * @param written      the mapping files written, relative to the resources directory
 * @param alreadyThere recorded requests a mapping of the project already answers (request, then that mapping);
 *                     the existing mapping is kept
 * @param unreadable   recorded files cut short by the stop, not written
 */
public record Recorded(List<String> written, List<String> alreadyThere, List<String> unreadable) {
}
