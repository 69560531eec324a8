package bench.shop;

/** The bench's product: only its scenario run is measured. */
public final class Shop {
}
