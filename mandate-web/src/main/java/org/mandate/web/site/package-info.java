/**
 * What every page shares: rendering the precompiled templates, the words (resource bundles), the
 * assets, the frame (who is signed in, the one-time CSRF token), and the one way a form submits a command.
 */
package org.mandate.web.site;
