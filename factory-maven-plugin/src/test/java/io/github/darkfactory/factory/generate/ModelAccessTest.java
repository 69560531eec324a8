package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.model.ModelReply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelAccessTest {

    private final AtomicInteger created = new AtomicInteger();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final Supplier<CodeModel> factory = () -> {
        created.incrementAndGet();
        threads.add(Thread.currentThread().getName());
        return new FixedModel();
    };

    @Test
    void a_prepared_model_is_created_once_on_another_thread_and_handed_out_when_asked_for() {
        ModelAccess access = ModelAccess.allowed(factory);

        access.prepare();
        access.prepare();
        awaitCreation();                                // whoever comes first creates it: here, the set-up thread
        CodeModel model = access.factory().get();

        assertSame(model, access.factory().get());
        assertEquals(1, created.get());
        assertEquals(List.of("factory-model-set-up"), threads);
    }

    @Test
    void an_unprepared_model_is_created_by_the_thread_that_asks() {
        ModelAccess access = ModelAccess.allowed(factory);

        access.factory().get();

        assertEquals(List.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void a_refused_access_prepares_nothing() {
        ModelAccess access = ModelAccess.refused(Fixtures.REFUSED);

        access.prepare();

        assertThrows(IllegalStateException.class, () -> access.factory().get());
    }

    @Test
    void a_failure_while_creating_in_the_background_reaches_the_thread_that_asks() {
        ModelAccess access = ModelAccess.allowed(() -> {
            throw new IllegalArgumentException("no such provider 'openia'");
        });

        access.prepare();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> access.factory().get());
        assertEquals("no such provider 'openia'", e.getMessage());
    }

    private void awaitCreation() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (created.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static final class FixedModel implements CodeModel {

        @Override
        public String provider() {
            return "openai";
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public ModelReply ask(String system, String user) {
            return new ModelReply("", 0, 0);
        }
    }
}
