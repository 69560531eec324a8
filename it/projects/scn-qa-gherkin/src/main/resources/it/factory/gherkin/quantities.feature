@PRC-2
Feature: Quantities

  Scenario: A zero quantity is rejected
    Given a line of 0 "apple" at 100 cents
    When the total is computed
    Then the order is rejected

  @PRC-9
  Scenario: A quantity of one is accepted
    Given a line of 1 "apple" at 100 cents
    When the total is computed
    Then the order is accepted

  Rule: Negative quantities are rejected too

    Scenario: A negative quantity is rejected
      Given a line of -1 "apple" at 100 cents
      When the total is computed
      Then the order is rejected
