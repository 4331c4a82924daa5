package org.mandate.web.site;

/** One line of a description list: what it is, and its value in words. */
public record Fact(String label, String value) {}
