package io.github.darkfactory.factory.generate.loop;

import java.util.List;

/**
 * A checked answer: the files it gave and every problem found, which the next prompt feeds back.
 *
 * @param iteration 1-based number of the answer
 * @param files     the files the answer gave, accepted or not
 * @param problems  every problem, in check order
 */
public record Attempt(int iteration, List<AnswerFile> files, List<LoopProblem> problems) {

    public Attempt {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
