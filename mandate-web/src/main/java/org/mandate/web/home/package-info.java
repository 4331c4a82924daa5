/** The first page: the federation for a visitor, "my federation" for a member. */
package org.mandate.web.home;
