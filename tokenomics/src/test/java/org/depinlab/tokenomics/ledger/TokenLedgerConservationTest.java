package org.depinlab.tokenomics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** A long random sequence of every operation: the supply accounting never drifts from the holdings. */
class TokenLedgerConservationTest {

    private static final int ACCOUNTS = 50;
    private static final int OPERATIONS = 100_000;

    @Test
    void supplyEqualsHoldingsAfterHundredThousandRandomOperations() {
        SplittableRandom random = new SplittableRandom(2024);
        TokenLedger ledger = new TokenLedger(ACCOUNTS, 1e9);
        BigDecimal minted = BigDecimal.ZERO;
        BigDecimal burned = BigDecimal.ZERO;

        for (int op = 0; op < OPERATIONS; op++) {
            int a = random.nextInt(ACCOUNTS);
            int b = random.nextInt(ACCOUNTS);
            // amounts spread over twelve orders of magnitude, the hard case for plain sums
            double amount = Math.exp(random.nextDouble(-10, 18));
            double fraction = random.nextDouble();
            switch (random.nextInt(9)) {
                case 0 -> {
                    ledger.mint(a, amount);
                    minted = minted.add(new BigDecimal(amount));
                }
                case 1 -> {
                    ledger.mintToTreasury(amount);
                    minted = minted.add(new BigDecimal(amount));
                }
                case 2 -> {
                    double burn = fraction * ledger.balance(a);
                    ledger.burn(a, burn);
                    burned = burned.add(new BigDecimal(burn));
                }
                case 3 -> {
                    double burn = fraction * ledger.treasury();
                    ledger.burnFromTreasury(burn);
                    burned = burned.add(new BigDecimal(burn));
                }
                case 4 -> {
                    double burn = fraction * ledger.pool();
                    ledger.burnFromPool(burn);
                    burned = burned.add(new BigDecimal(burn));
                }
                case 5 -> ledger.transfer(a, b, fraction * ledger.balance(a));
                case 6 -> ledger.toPool(a, fraction * ledger.balance(a));
                case 7 -> ledger.fromPool(a, fraction * ledger.pool());
                default -> ledger.treasuryTo(a, fraction * ledger.treasury());
            }
            if (op % 1000 == 0) {
                ledger.checkConservation();
            }
        }

        ledger.checkConservation();
        // the compensated totals are the exact sums of the amounts, rounded once
        assertEquals(minted.doubleValue(), ledger.minted(), Math.ulp(minted.doubleValue()));
        assertEquals(burned.doubleValue(), ledger.burned(), Math.ulp(burned.doubleValue()));
    }
}
