package it.factory.billing.adapters;

public class Table {
}
