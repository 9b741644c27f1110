package org.depinlab.tokenomics.ledger;

import org.depinlab.tokenomics.numeric.CompensatedSum;

/**
 * Balances of the accounts 0..n-1, a treasury and a liquidity pool, with the supply accounting
 * genesis + minted - burned.
 *
 * <p>Conservation: only {@code mint*} and {@code burn*} change the supply; every other operation
 * moves tokens between holders. So at all times
 * {@code supply() == sum of balances + treasury() + pool()} up to rounding, which
 * {@link #checkConservation()} verifies to 1e-9 relative. Minted and burned are compensated sums, so
 * they stay exact to about one ulp over any number of operations.
 *
 * <p>Every amount must be finite and >= 0, and no holder may go below 0; otherwise the operation
 * throws {@link IllegalArgumentException} naming the operation and the account, and changes nothing.
 * Operations are O(1) and allocate nothing (except the message of a refused one).
 */
public final class TokenLedger {

    private static final double CONSERVATION_TOLERANCE = 1e-9;

    private final double[] balances;
    private final double genesis;
    private double treasury;
    private double pool;
    private final CompensatedSum minted = new CompensatedSum();
    private final CompensatedSum burned = new CompensatedSum();

    /**
     * @param accounts the number of accounts, >= 0; all start at 0
     * @param genesisToTreasury the genesis supply, held by the treasury; finite and >= 0
     */
    public TokenLedger(int accounts, double genesisToTreasury) {
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts must be >= 0, was " + accounts);
        }
        if (!isAmount(genesisToTreasury)) {
            throw new IllegalArgumentException(
                    "genesisToTreasury must be finite and >= 0, was " + genesisToTreasury);
        }
        this.balances = new double[accounts];
        this.genesis = genesisToTreasury;
        this.treasury = genesisToTreasury;
    }

    /** Creates {@code amount} new tokens in {@code account}. */
    public void mint(int account, double amount) {
        checkAccount("mint to", account, amount);
        balances[account] += amount;
        minted.add(amount);
    }

    /** Creates {@code amount} new tokens in the treasury. */
    public void mintToTreasury(double amount) {
        checkAmount("mint to treasury", amount);
        treasury += amount;
        minted.add(amount);
    }

    /** Destroys {@code amount} tokens of {@code account}; {@code amount <= balance(account)}. */
    public void burn(int account, double amount) {
        checkDebit("burn from", account, amount);
        balances[account] -= amount;
        burned.add(amount);
    }

    /** Destroys {@code amount} tokens of the treasury; {@code amount <= treasury()}. */
    public void burnFromTreasury(double amount) {
        checkAmount("burn from treasury", amount);
        checkCovered("burn from treasury", "treasury", treasury, amount);
        treasury -= amount;
        burned.add(amount);
    }

    /** Destroys {@code amount} tokens of the pool (e.g. tokens bought back and burned). */
    public void burnFromPool(double amount) {
        checkAmount("burn from pool", amount);
        checkCovered("burn from pool", "pool", pool, amount);
        pool -= amount;
        burned.add(amount);
    }

    /** Moves {@code amount} from account {@code from} to account {@code to}. */
    public void transfer(int from, int to, double amount) {
        checkDebit("transfer from", from, amount);
        checkAccount("transfer to", to, amount);
        balances[from] -= amount;
        balances[to] += amount;
    }

    /** Moves {@code amount} from account {@code from} into the pool (e.g. an operator selling). */
    public void toPool(int from, double amount) {
        checkDebit("move to pool from", from, amount);
        balances[from] -= amount;
        pool += amount;
    }

    /** Moves {@code amount} from the pool to account {@code to} (e.g. an operator buying). */
    public void fromPool(int to, double amount) {
        checkAccount("move from pool to", to, amount);
        checkCovered("move from pool to", to, "pool", pool, amount);
        pool -= amount;
        balances[to] += amount;
    }

    /** Moves {@code amount} from the treasury to {@code account} (e.g. a grant or a reward). */
    public void treasuryTo(int account, double amount) {
        checkAccount("pay from treasury to", account, amount);
        checkCovered("pay from treasury to", account, "treasury", treasury, amount);
        treasury -= amount;
        balances[account] += amount;
    }

    public double balance(int account) {
        checkIndex("balance of", account);
        return balances[account];
    }

    public double treasury() {
        return treasury;
    }

    public double pool() {
        return pool;
    }

    /** The supply at creation, given to the treasury. */
    public double genesis() {
        return genesis;
    }

    /** Every token ever minted, after genesis. */
    public double minted() {
        return minted.value();
    }

    /** Every token ever burned. */
    public double burned() {
        return burned.value();
    }

    /** genesis + minted - burned. */
    public double supply() {
        return genesis + minted.value() - burned.value();
    }

    /**
     * @throws IllegalStateException with both numbers if |supply - (sum of balances + treasury +
     *     pool)| > 1e-9 * max(1, supply), or either is not finite (amounts past Double.MAX_VALUE)
     */
    public void checkConservation() {
        CompensatedSum held = new CompensatedSum();
        for (double balance : balances) {
            held.add(balance);
        }
        held.add(treasury);
        held.add(pool);
        double supply = supply();
        double heldTotal = held.value();
        if (!(Math.abs(supply - heldTotal) <= CONSERVATION_TOLERANCE * Math.max(1.0, supply))) {
            throw new IllegalStateException("token supply " + supply + " (genesis + minted - burned)"
                    + " differs from " + heldTotal + " held (balances + treasury + pool)"
                    + " by more than 1e-9 relative");
        }
    }

    private static boolean isAmount(double amount) {
        return amount >= 0 && amount != Double.POSITIVE_INFINITY;
    }

    private static void checkAmount(String operation, double amount) {
        if (!isAmount(amount)) {
            throw new IllegalArgumentException(operation + ": amount must be finite and >= 0, was " + amount);
        }
    }

    private void checkIndex(String operation, int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException(operation + " account " + account
                    + ": no such account, accounts are 0 to " + (balances.length - 1));
        }
    }

    private void checkAccount(String operation, int account, double amount) {
        checkIndex(operation, account);
        if (!isAmount(amount)) {
            throw new IllegalArgumentException(operation + " account " + account
                    + ": amount must be finite and >= 0, was " + amount);
        }
    }

    private void checkDebit(String operation, int account, double amount) {
        checkAccount(operation, account, amount);
        if (amount > balances[account]) {
            throw new IllegalArgumentException(operation + " account " + account
                    + ": balance " + balances[account] + " is less than the amount " + amount);
        }
    }

    private static void checkCovered(String operation, String holder, double held, double amount) {
        if (amount > held) {
            throw new IllegalArgumentException(operation + ": " + holder + " " + held
                    + " is less than the amount " + amount);
        }
    }

    private static void checkCovered(String operation, int account, String holder, double held,
            double amount) {
        if (amount > held) {
            throw new IllegalArgumentException(operation + " account " + account + ": " + holder
                    + " " + held + " is less than the amount " + amount);
        }
    }
}
