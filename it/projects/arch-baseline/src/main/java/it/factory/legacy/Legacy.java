package it.factory.legacy;

public class Legacy {
    public void run() {
        System.out.println("legacy");
    }
}
