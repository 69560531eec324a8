package io.github.darkfactory.rules.testexamples.capabilities.nativecode;

public class Bridge {
    public void open() {
        System.loadLibrary("bridge");
    }

    public native int call(int value);
}
