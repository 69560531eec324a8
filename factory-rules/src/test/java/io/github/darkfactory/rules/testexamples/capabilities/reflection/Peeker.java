package io.github.darkfactory.rules.testexamples.capabilities.reflection;

public class Peeker {
    public int fields(String className) throws ClassNotFoundException {
        return Class.forName(className).getDeclaredFields().length;
    }

    public String name(Object object) {
        return object.getClass().getSimpleName();
    }
}
