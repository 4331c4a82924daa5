/**
 * Proposals and decisions: a motion put to a body, its life from draft through deliberation and
 * voting to its close, amendments and the deliberation record, the voter roll frozen at publication,
 * and the effects an adopted motion has on the federation.
 */
package org.mandate.core.proposal;
