package io.github.darkfactory.factory.run.testexamples;

/** Stands for a class of a future {@code factory.run} package, which reads a verify's outputs. */
public final class ReadsEvidence {
}
