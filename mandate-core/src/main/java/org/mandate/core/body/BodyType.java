package org.mandate.core.body;

/** An assembly's members are people; a council's members are bodies. */
public enum BodyType { ASSEMBLY, COUNCIL }
