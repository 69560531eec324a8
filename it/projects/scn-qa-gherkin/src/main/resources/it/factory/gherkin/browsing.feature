Feature: Browsing

  Scenario: An order can be priced without any requirement in mind
    Given a line of 2 "pear" at 50 cents
    When the total is computed
    Then the order is accepted
