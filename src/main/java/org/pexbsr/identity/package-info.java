/**
 * Accounts, roles, sign-in and the rules that say who may call which route.
 */
@NullMarked
package org.pexbsr.identity;

import org.jspecify.annotations.NullMarked;
