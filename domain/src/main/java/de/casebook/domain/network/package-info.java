/**
 * A network of municipalities: founding with goals and a time limit, membership, development
 * grants (KEB) under the network's grant rules, and ending.
 */
package de.casebook.domain.network;
