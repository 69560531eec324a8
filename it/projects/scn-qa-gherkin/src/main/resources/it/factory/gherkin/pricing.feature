Feature: Pricing

  @PRC-1
  Scenario: An empty order costs nothing
    Given an empty order
    When the total is computed
    Then the total is 0 cents
