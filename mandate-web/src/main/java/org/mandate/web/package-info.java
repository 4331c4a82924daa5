/**
 * The web pages for members, delegates and observers: server-rendered from jte templates compiled at
 * build time, working without JavaScript, with htmx (pinned, served from this origin) as an enhancement.
 * Pages read only the read model and act only through the core's commands.
 */
package org.mandate.web;
