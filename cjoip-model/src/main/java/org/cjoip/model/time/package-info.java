/**
 * Time as plans speak of it: Scottish reporting years ({@link
 * org.cjoip.model.time.FinancialYear}, 1 April to 31 March) and the free-text timescales of
 * deliverables, read by {@link org.cjoip.model.time.TimescaleParser} into a {@link
 * org.cjoip.model.time.Timescale}: a due date, an open-ended term, a placeholder, or text the
 * library does not understand.
 *
 * <p>The terms the parser knows (open-ended phrases, lead-ins such as "By the end of", month
 * names) are data, shipped as a JSON resource beside these classes.
 */
@ValueStyle
package org.cjoip.model.time;

import org.cjoip.model.ValueStyle;
