package it.factory.gherkin;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The glue: Cucumber creates one instance per scenario. */
public class PricingSteps {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();
    private final List<Line> lines = new ArrayList<>();
    private long total;
    private IllegalArgumentException rejection;

    @Given("an empty order")
    public void an_empty_order() {
        lines.clear();
    }

    @Given("a line of {int} {string} at {int} cents")
    public void a_line(int quantity, String sku, int unitCents) {
        lines.add(new Line(sku, quantity, unitCents));
    }

    @When("the total is computed")
    public void the_total_is_computed() {
        try {
            total = calculator.totalCents(lines);
        } catch (IllegalArgumentException e) {
            rejection = e;
        }
    }

    @Then("the total is {int} cents")
    public void the_total_is(int expected) {
        if (rejection != null || total != expected) {
            throw new AssertionError("expected a total of " + expected + " cents but was " + total);
        }
    }

    @Then("the order is rejected")
    public void the_order_is_rejected() {
        if (rejection == null) {
            throw new AssertionError("the order was not rejected");
        }
    }

    @Then("the order is accepted")
    public void the_order_is_accepted() {
        if (rejection != null) {
            throw new AssertionError("the order was rejected: " + rejection.getMessage());
        }
    }
}
