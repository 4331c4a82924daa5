/** Members: people with an account, and the bodies each of them belongs to. */
package org.mandate.core.member;
