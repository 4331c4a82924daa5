/**
 * Council sessions: the seats apportioned to member bodies, the delegates and alternates each body
 * elects to them for a fixed term, the mandate each body gives its delegates on each item, items
 * referred back, delegates' votes checked against their mandates, and extraordinary congresses
 * convened from below.
 */
package org.mandate.core.council;
