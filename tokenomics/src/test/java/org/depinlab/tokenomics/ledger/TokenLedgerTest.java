package org.depinlab.tokenomics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenLedgerTest {

    @Test
    void genesisStartsInTheTreasury() {
        TokenLedger ledger = new TokenLedger(3, 1000);

        assertEquals(1000.0, ledger.genesis());
        assertEquals(1000.0, ledger.treasury());
        assertEquals(1000.0, ledger.supply());
        assertEquals(0.0, ledger.balance(2));
        assertEquals(0.0, ledger.pool());
    }

    @Test
    void everyOperationMovesOrChangesTheSupplyAsStated() {
        TokenLedger ledger = new TokenLedger(3, 1000);

        ledger.mint(0, 50);              // account 0: 50; minted 50
        ledger.mintToTreasury(25);       // treasury 1025; minted 75
        ledger.treasuryTo(1, 100);       // treasury 925, account 1: 100
        ledger.transfer(1, 2, 40);       // account 1: 60, account 2: 40
        ledger.toPool(2, 30);            // account 2: 10, pool 30
        ledger.fromPool(0, 5);           // pool 25, account 0: 55
        ledger.burn(0, 15);              // account 0: 40; burned 15
        ledger.burnFromTreasury(25);     // treasury 900; burned 40
        ledger.burnFromPool(20);         // pool 5; burned 60

        assertEquals(40.0, ledger.balance(0));
        assertEquals(60.0, ledger.balance(1));
        assertEquals(10.0, ledger.balance(2));
        assertEquals(900.0, ledger.treasury());
        assertEquals(5.0, ledger.pool());
        assertEquals(75.0, ledger.minted());
        assertEquals(60.0, ledger.burned());
        // 1000 + 75 - 60 = 1015 = 40 + 60 + 10 + 900 + 5
        assertEquals(1015.0, ledger.supply());
        ledger.checkConservation();
    }

    @Test
    void burningAWholeBalanceLeavesExactlyZero() {
        TokenLedger ledger = new TokenLedger(1, 0);
        ledger.mint(0, 0.1);
        ledger.mint(0, 0.2);

        ledger.burn(0, ledger.balance(0));

        assertEquals(0.0, ledger.balance(0));
    }

    @Test
    void overdraftIsRefusedNamingTheAccountAndChangesNothing() {
        TokenLedger ledger = new TokenLedger(4, 0);
        ledger.mint(3, 2);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.transfer(3, 0,
                5));

        assertEquals("transfer from account 3: balance 2.0 is less than the amount 5.0", e.getMessage());
        assertEquals(2.0, ledger.balance(3));
        assertEquals(0.0, ledger.balance(0));
    }

    @Test
    void burningMoreThanTheAccountHoldsIsRefused() {
        TokenLedger ledger = new TokenLedger(2, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.burn(1, 1));
        assertEquals("burn from account 1: balance 0.0 is less than the amount 1.0", e.getMessage());
    }

    @Test
    void overdraftOfTreasuryAndPoolIsRefused() {
        TokenLedger ledger = new TokenLedger(2, 10);

        IllegalArgumentException treasury = assertThrows(IllegalArgumentException.class,
                () -> ledger.treasuryTo(1, 11));
        IllegalArgumentException pool = assertThrows(IllegalArgumentException.class,
                () -> ledger.burnFromPool(0.5));

        assertEquals("pay from treasury to account 1: treasury 10.0 is less than the amount 11.0",
                treasury.getMessage());
        assertEquals("burn from pool: pool 0.0 is less than the amount 0.5", pool.getMessage());
    }

    @Test
    void negativeAmountIsRefusedNamingTheAccount() {
        TokenLedger ledger = new TokenLedger(3, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.mint(2, -1));
        assertEquals("mint to account 2: amount must be finite and >= 0, was -1.0", e.getMessage());
    }

    @Test
    void nanAmountIsRefused() {
        TokenLedger ledger = new TokenLedger(3, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ledger.mintToTreasury(Double.NaN));
        assertEquals("mint to treasury: amount must be finite and >= 0, was NaN", e.getMessage());
    }

    @Test
    void unknownAccountIsRefused() {
        TokenLedger ledger = new TokenLedger(5, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.treasuryTo(5,
                1));
        assertEquals("pay from treasury to account 5: no such account, accounts are 0 to 4", e.getMessage());
    }

    @Test
    void conservationFailureReportsBothNumbers() {
        TokenLedger ledger = new TokenLedger(2, 0);
        // each is representable, their sum is not: supply and holdings both overflow
        ledger.mint(0, Double.MAX_VALUE);
        ledger.mint(1, Double.MAX_VALUE);

        IllegalStateException e = assertThrows(IllegalStateException.class, ledger::checkConservation);

        assertTrue(e.getMessage().startsWith("token supply "), e.getMessage());
        assertTrue(e.getMessage().contains(" held (balances + treasury + pool)"), e.getMessage());
    }
}
