package it.factory.ordering.adapters;

public class Table {
}
