/**
 * Input and output plumbing shared by cjoip's modules: the JSON writers every report and
 * listing uses, and the one way the library reads the JSON data it ships (word lists,
 * patterns, the rule catalogue) from its own jar.
 *
 * <p>Nothing here reads a user's document: plan and framework documents go through the
 * located, bounded readers of {@link org.cjoip.model.document}.
 */
package org.cjoip.model.io;
