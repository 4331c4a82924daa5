/** The petition page: a recall, referendum or congress petition, its signatures against its threshold, and signing it. */
package org.mandate.web.petition;
