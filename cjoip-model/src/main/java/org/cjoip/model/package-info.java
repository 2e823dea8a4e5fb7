/**
 * The cjoip domain model: what Scotland's community justice framework asks of a partnership
 * (the national layer, in {@link org.cjoip.model.framework}) and what a partnership's plan says
 * (the local layer, in {@link org.cjoip.model.plan}).
 *
 * <p>This module has no rule engine. It reads and writes plan documents, loads framework
 * editions, recognises framework wording in a plan's text and understands a plan's timescales.
 */
package org.cjoip.model;
