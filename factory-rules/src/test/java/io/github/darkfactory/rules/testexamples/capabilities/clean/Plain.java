package io.github.darkfactory.rules.testexamples.capabilities.clean;

import java.net.URI;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** Needs no capability: values, lambdas, a record, ServiceLoader, the current thread's interrupt flag. */
public class Plain {
    public record Point(int x, int y) {
    }

    public String host(String address) {
        return URI.create(address).getHost();
    }

    public int total(List<Point> points) {
        Supplier<Integer> sum = () -> points.stream().mapToInt(Point::x).sum();
        return sum.get();
    }

    public <T> List<T> providers(Class<T> type) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
    }

    public void restoreInterrupt() {
        Thread.currentThread().interrupt();
    }
}
