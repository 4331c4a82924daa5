package org.mandate.core.charter;

/** How a council counts its member bodies when they decide. */
public enum Weighting {
    /** Every member body has one vote. */
    ONE_PER_BODY,
    /** Each member body weighs as many votes as it has members (people, each counted once) at the freeze date. */
    BY_MEMBERSHIP
}
