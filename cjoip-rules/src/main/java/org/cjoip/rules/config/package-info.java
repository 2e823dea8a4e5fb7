/**
 * A partnership's or an application's tuning of the assessment, read from a configuration file
 * (YAML or JSON): severities other than the defaults, rules not run, and waivers of findings
 * the partnership has accepted for now.
 */
@ValueStyle
package org.cjoip.rules.config;

import org.cjoip.model.ValueStyle;
