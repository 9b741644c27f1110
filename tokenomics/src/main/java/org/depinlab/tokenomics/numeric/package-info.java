/** Numerical helpers shared by the tokenomics packages. */
package org.depinlab.tokenomics.numeric;
