package it.factory.exit;

public interface Guard {
    int checked(int n);
}
