/** The council page: seats and how they were apportioned, delegations, free hands, the agenda with each body's mandate. */
package org.mandate.web.council;
