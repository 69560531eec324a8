package io.github.darkfactory.factory.generate;

import java.lang.management.ManagementFactory;

/**
 * When the goal started, in wall time and in this thread's CPU time: the goal's own time, without
 * the build tool's start-up, is what src/bench/run-generate-bench.sh reads (see docs/performance.md).
 */
public record GoalClock(long startNanos, long startCpuNanos) {

    public static GoalClock start() {
        return new GoalClock(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    long wallMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** CPU time varies less than wall time on a loaded machine. */
    long cpuMillis() {
        return (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpuNanos) / 1_000_000;
    }
}
