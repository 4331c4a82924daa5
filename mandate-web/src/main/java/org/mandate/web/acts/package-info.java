/**
 * "My acts": everything the record says a member did, newest first, each with its event number and
 * receipt, so a member notices anything done in their name that they did not do.
 */
package org.mandate.web.acts;
