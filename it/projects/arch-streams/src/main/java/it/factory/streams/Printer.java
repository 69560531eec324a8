package it.factory.streams;

public class Printer {
    public void print(String text) {
        System.out.println(text);
    }

    public void report(Exception e) {
        e.printStackTrace();
    }
}
