package org.mandate.web.credit;

/** One option of a form's select: the value sent, and what the member reads. */
public record Choice(String value, String label) {}
