package io.github.darkfactory.factory.generate.loop;

import java.util.List;

/** The files found in an answer and what could not be read from it. */
public record ParsedAnswer(List<AnswerFile> files, List<LoopProblem> problems) {

    public ParsedAnswer {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
