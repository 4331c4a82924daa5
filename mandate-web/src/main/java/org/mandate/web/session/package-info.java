/** Signing up, logging in and logging out with forms and the session cookie. */
package org.mandate.web.session;
