package io.github.darkfactory.factory.generate.compile;

import java.util.List;

/** PLACEHOLDER (generate branch only): the loop branch's CompileResult replaces this file on merge. */
public record CompileResult(List<CompileError> errors) {

    public record CompileError(String file, long line, String message) {
    }
}
