package io.github.darkfactory.factory.generate.loop;

/**
 * One file as the model wrote it, before any check.
 *
 * @param path    the path as given, relative to the output directory (not yet checked)
 * @param content the whole file, LF line endings, ending with a newline
 * @param line    line of the answer where the file's path was given
 */
public record AnswerFile(String path, String content, int line) {
}
