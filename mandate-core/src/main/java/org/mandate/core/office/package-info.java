/**
 * Offices: coordinators a body elects (secretary, treasurer, workplace coordinator, any named office)
 * with an explicit list of permissions, for a term, under rotation and recall. An office-holder can do
 * exactly what the list says; no permission exists to change a decision, a membership or a charter.
 */
package org.mandate.core.office;
