/**
 * End-to-end tests of the HTML report in a real browser: headless Chromium driven over the
 * Chrome DevTools Protocol, with no browser or driver downloaded at test time.
 */
package org.cjoip.examples.browser;
