/**
 * An example rule pack, shipped precompiled in this jar and found with ServiceLoader: what a
 * partnership or a rule-set maintainer writes to add checks of their own. See {@code
 * docs/writing-rules.md}.
 */
package org.cjoip.examples.pack;
