package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.loop.SpecResult;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the specs to generate on a fixed pool: a spec starts once the specs it depends on (among
 * those being generated) are done; if one of them did not converge, it is not attempted.
 */
final class SpecScheduler {

    private final int parallelism;
    private final FactoryLog log;

    SpecScheduler(int parallelism, FactoryLog log) {
        this.parallelism = parallelism;
        this.log = log;
    }

    /** @param generate one spec's loop; called on a pool thread */
    Map<String, SpecOutcome> run(SpecSet specs, Set<String> ids, Function<Spec, SpecResult> generate) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "factory-generate-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, CompletableFuture<SpecOutcome>> futures = new TreeMap<>();
            for (String id : ids) {
                schedule(id, specs, ids, generate, pool, futures);
            }
            Map<String, SpecOutcome> outcomes = new TreeMap<>();
            futures.forEach((id, future) -> outcomes.put(id, future.join()));
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private CompletableFuture<SpecOutcome> schedule(String id, SpecSet specs, Set<String> ids,
                                                Function<Spec, SpecResult> generate, ExecutorService pool,
                                                Map<String, CompletableFuture<SpecOutcome>> futures) {
        CompletableFuture<SpecOutcome> existing = futures.get(id);
        if (existing != null) {
            return existing;
        }
        Spec spec = specs.find(id).orElseThrow();
        List<CompletableFuture<SpecOutcome>> dependencies = new ArrayList<>();
        for (String dependency : spec.dependsOn()) {
            if (ids.contains(dependency)) {
                dependencies.add(schedule(dependency, specs, ids, generate, pool, futures));
            }
        }
        CompletableFuture<SpecOutcome> future = CompletableFuture
                .allOf(dependencies.toArray(CompletableFuture[]::new))
                .thenApplyAsync(done -> {
                    List<String> blocked = dependencies.stream().map(CompletableFuture::join)
                            .filter(o -> !(o instanceof SpecOutcome.Converged)).map(SpecOutcome::specId).toList();
                    if (!blocked.isEmpty()) {
                        log.warn("[" + id + "] not attempted: it depends on " + blocked + ", which did not converge");
                        return new SpecOutcome.NotAttempted(id, blocked);
                    }
                    return attempt(spec, generate);
                }, pool);
        futures.put(id, future);
        return future;
    }

    private SpecOutcome attempt(Spec spec, Function<Spec, SpecResult> generate) {
        log.info("[" + spec.id() + "] generating");
        try {
            SpecResult result = generate.apply(spec);
            log.info("[" + spec.id() + "] " + (result.converged() ? "converged" : "did not converge") + " after "
                    + result.iterations() + " iteration(s); tokens in " + result.inputTokens() + ", out "
                    + result.outputTokens() + "; waited " + result.modelMillis() + " ms for the model");
            return SpecOutcome.of(spec.id(), result);
        } catch (ModelCallException e) {
            log.error("[" + spec.id() + "] the model could not answer: " + e.getMessage());
            return new SpecOutcome.Failed(spec.id(), e);
        } catch (RuntimeException e) {
            log.error("[" + spec.id() + "] failed: " + e);
            return new SpecOutcome.Failed(spec.id(), e);
        }
    }
}
