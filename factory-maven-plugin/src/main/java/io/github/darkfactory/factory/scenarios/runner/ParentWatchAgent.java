package io.github.darkfactory.factory.scenarios.runner;

/**
 * {@link ParentWatch} for a JVM whose main class is not ours (a twin: WireMock, or a team's executable
 * jar, started as it is with {@code -jar}): loaded with {@code -javaagent:<jar>=<pid of Maven>}.
 */
public final class ParentWatchAgent {

    private ParentWatchAgent() {
    }

    public static void premain(String parentPid) {
        ParentWatch.start(Long.parseLong(parentPid), 500);
    }
}
