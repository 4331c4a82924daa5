/**
 * Ballots and results: the shape of ballot each method takes, how a ballot is checked against the
 * proposal it is cast on, and how a closed vote's ballots become a result through
 * {@code org.mandate.core.count}.
 */
package org.mandate.core.vote;
