/** The member page, which for a delegate is the delegate page: votes beside mandates, breaches, terms, recall petitions. */
package org.mandate.web.member;
