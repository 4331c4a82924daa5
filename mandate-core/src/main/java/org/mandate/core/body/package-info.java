/**
 * Bodies and the federation graph: assemblies of people, councils of bodies, membership and
 * admission, founding, affiliation and secession, and the rule that the graph has no cycle.
 */
package org.mandate.core.body;
