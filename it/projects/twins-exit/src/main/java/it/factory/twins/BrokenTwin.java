package it.factory.twins;

/** Exits at once, as a twin whose configuration is broken would. */
public final class BrokenTwin {

    public static void main(String[] args) {
        System.out.println("broken twin starting on port " + System.getenv("PORT"));
        System.err.println("broken twin: cannot open ledger.db, giving up");
        System.exit(3);
    }
}
