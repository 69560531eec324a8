@PRC-2
Feature: Quantities

  Scenario: A zero quantity is rejected
    Given a line of 0 "apple" at 100 cents
    When the total is computed
    Then the order is rejected
