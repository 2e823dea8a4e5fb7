/**
 * Reading a plan's free text: recognising placeholder wording that stands for nothing yet
 * ("TBC", "To be developed", "No National Outcome") and the normal forms under which two
 * pieces of wording count as the same text.
 *
 * <p>Word lists and patterns are data, shipped as JSON resources beside these classes.
 */
@ValueStyle
package org.cjoip.model.text;

import org.cjoip.model.ValueStyle;
