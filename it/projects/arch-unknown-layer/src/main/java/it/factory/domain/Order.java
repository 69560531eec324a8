package it.factory.domain;

public class Order {
}
